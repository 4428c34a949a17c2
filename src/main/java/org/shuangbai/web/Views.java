package org.shuangbai.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.shuangbai.Workspace;
import org.shuangbai.app.BoardResult;
import org.shuangbai.app.ScoreUnits;
import org.shuangbai.app.ShowBoard;
import org.shuangbai.plan.PlanException;
import org.shuangbai.scoring.Results;

/**
 * The board and the scores as the ledger and the plan stand now, computed once and reused until either
 * changes: every page of a 10,000-unit board is then a filter over one list. "Changed" is seen from the
 * files themselves (the plan's files, the ledger and its write-ahead log: names, sizes, times) and from the
 * console's own operations, so an edit of the plan in a text editor shows on the next page too.
 */
final class Views {
    private record Cached<T>(List<Object> stamp, T value) {
    }

    private final Workspace workspace;
    private final Operations operations;
    private volatile Cached<BoardResult> board;
    private volatile Cached<Results> results;

    Views(Workspace workspace, Operations operations) {
        this.workspace = workspace;
        this.operations = operations;
    }

    /** Computes a view. */
    @FunctionalInterface
    private interface Compute<T> {
        T run() throws PlanException, IOException;
    }

    /** The cached value when the files are as they were, else a fresh one (given to {@code keep}). */
    private <T> T current(Cached<T> cached, Compute<T> compute, java.util.function.Consumer<Cached<T>> keep)
            throws PlanException, IOException {
        List<Object> stamp = stamp();
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.value();
        }
        Cached<T> fresh = new Cached<>(stamp, compute.run());
        keep.accept(fresh);
        return fresh.value();
    }

    BoardResult board() throws PlanException, IOException {
        return current(board, () -> ShowBoard.run(workspace), c -> board = c);
    }

    /** The scores the ledger gives now (as `score` would compute them; no file is written). */
    Results results() throws PlanException, IOException {
        return current(results, () -> ScoreUnits.preview(workspace), c -> results = c);
    }

    /** The results a scoring run just computed: the same figures, no need to compute them again. */
    void scored(Results computed) throws IOException {
        results = new Cached<>(stamp(), computed);
    }

    private List<Object> stamp() throws IOException {
        List<Object> stamp = new ArrayList<>();
        stamp.add(operations.finished());
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(workspace.planDir())) {
            try (Stream<Path> s = Files.list(workspace.planDir())) {
                s.sorted().forEach(files::add);
            }
        }
        files.add(workspace.ledgerFile());
        files.add(workspace.ledgerFile().resolveSibling(workspace.ledgerFile().getFileName() + "-wal"));
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
