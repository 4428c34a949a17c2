package org.shuangbai.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.shuangbai.Workspace;
import org.shuangbai.app.BoardResult;
import org.shuangbai.app.Plans;
import org.shuangbai.app.ScoreUnits;
import org.shuangbai.app.ShowBoard;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.scoring.Results;

/**
 * The board and the scores as the ledger and the plan stand now, computed once and reused until either
 * changes: every page of a 10,000-unit board is then a filter over one list. "Changed" is seen from the
 * plan's files (names, sizes, times: an edit in a text editor shows on the next page) and from the
 * console's own operations (see {@link #stamp()}).
 */
final class Views {
    private record Cached<T>(List<Object> stamp, T value) {
    }

    private final Workspace workspace;
    private final Operations operations;
    private volatile Cached<BoardResult> board;
    private volatile Cached<Results> results;
    private volatile Cached<Plan> plan;

    Views(Workspace workspace, Operations operations) {
        this.workspace = workspace;
        this.operations = operations;
    }

    /** Computes a view. */
    @FunctionalInterface
    private interface Compute<T> {
        T run() throws PlanException, IOException;
    }

    /** The cached value when the files are as they were ({@code stamp}), else a fresh one (given to {@code keep}). */
    private static <T> T current(Cached<T> cached, List<Object> stamp, Compute<T> compute,
                                 java.util.function.Consumer<Cached<T>> keep) throws PlanException, IOException {
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.value();
        }
        Cached<T> fresh = new Cached<>(stamp, compute.run());
        keep.accept(fresh);
        return fresh.value();
    }

    private final Object boardLock = new Object();
    private final Object resultsLock = new Object();

    /** One computation at a time: a second request waits for it rather than doing it again. */
    BoardResult board() throws PlanException, IOException {
        synchronized (boardLock) {
            return current(board, stamp(), () -> ShowBoard.run(workspace, plan()), c -> board = c);
        }
    }

    /** The plan, loaded again only when one of its files changed (not after every ingest). */
    private Plan plan() throws PlanException, IOException {
        return current(plan, files(planFiles()), () -> Plans.load(workspace), c -> plan = c);
    }

    /** The scores the ledger gives now (as `score` would compute them; no file is written). */
    Results results() throws PlanException, IOException {
        synchronized (resultsLock) {
            return current(results, stamp(), () -> ScoreUnits.preview(workspace), c -> results = c);
        }
    }

    /** The results a scoring run just computed: the same figures, no need to compute them again. */
    void scored(Results computed) throws IOException {
        results = new Cached<>(stamp(), computed);
    }

    /**
     * What the views depend on: the plan's files, and the ledger — which only the console's own operations
     * write while it holds the workspace lock, so the operations finished and the progress of a running one
     * say when it changed (the ledger's own files are no measure: every read opens and removes its WAL file).
     */
    private List<Object> stamp() throws IOException {
        List<Object> stamp = files(planFiles());
        stamp.add(operations.finished());
        operations.running().ifPresent(job -> {
            stamp.add(job.id());
            stamp.add(job.done());
        });
        return stamp;
    }

    private List<Path> planFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(workspace.planDir())) {
            try (Stream<Path> s = Files.list(workspace.planDir())) {
                s.sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Names, sizes and times of the files. */
    private static List<Object> files(List<Path> files) throws IOException {
        List<Object> stamp = new ArrayList<>();
        for (Path f : files) {
            stamp.add(f.getFileName().toString());
            if (Files.exists(f)) {
                stamp.add(Files.size(f));
                stamp.add(Files.getLastModifiedTime(f).toMillis());
            }
        }
        return stamp;
    }
}
