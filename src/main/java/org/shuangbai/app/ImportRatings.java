package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.shuangbai.Workspace;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.ImportTally;
import org.shuangbai.evaluation.RatingImport;
import org.shuangbai.evaluation.RowNote;
import org.shuangbai.tables.ImportLimits;
import org.shuangbai.tables.RawFile;
import org.shuangbai.tables.RawFileRefused;
import org.shuangbai.tables.RawFiles;
import org.shuangbai.ledger.EvaluationImports;
import org.shuangbai.ledger.ImportRecord;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Messages;

/**
 * 导入评议数据: reads raw 公共评议 exports (网上评议, 民意测评, 征求意见, 热线回访) into the ledger, one
 * transaction per file, and recomputes the 公共评议 scores. A file with the same bytes as an earlier one
 * is a duplicate; a file of the same batch as a current import supersedes it; a file refused whole
 * leaves the ledger as it was.
 */
public final class ImportRatings {
    /** How many listed rows a report carries for printing (all of them are in the ledger). */
    static final int FIRST_NOTES = 10;

    /**
     * @param paths   files, or folders whose files are imported in path order
     * @param channel the channel of every file (code, name or alias), or null to recognise it by its header
     * @param batch   the batch name of the one file given, or null for each file's name without extension
     */
    public record Request(List<Path> paths, String channel, String batch, ImportLimits limits) {
        public Request {
            paths = List.copyOf(paths);
            limits = limits == null ? ImportLimits.DEFAULT : limits;
        }

        public Request(List<Path> paths, String channel, String batch) {
            this(paths, channel, batch, ImportLimits.DEFAULT);
        }
    }

    /** Hears of each file as it starts, goes and ends. */
    public interface Listener {
        default void started(Path file, RawFile raw) {
        }

        default void progress(long line, long total) {
        }

        default void done(RatingFileReport report) {
        }
    }

    private ImportRatings() {
    }

    public static ImportRatingsResult run(Workspace workspace, Request request, Listener listener)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        return run(workspace, request, listener, Clock.systemUTC());
    }

    public static ImportRatingsResult run(Workspace workspace, Request request, Listener listener, Clock clock)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        Plan plan = Plans.load(workspace);
        EvaluationRules rules = ShowPublicScores.rules(workspace, plan);
        List<Path> files = files(workspace, request.paths());
        if (request.batch() != null && files.size() != 1) {
            throw new UsageException(Messages.text("evaluation.batchNeedsOneFile", "count", files.size()));
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace); Ledger ledger = Ledger.open(workspace)) {
            List<RatingFileReport> reports = new ArrayList<>();
            for (Path file : files) {
                RatingFileReport report = importOne(workspace, plan, rules, ledger.evaluationImports(), file, request,
                        listener, clock);
                reports.add(report);
                listener.done(report);
            }
            return new ImportRatingsResult(reports, ShowPublicScores.write(workspace, plan, rules, ledger));
        }
    }

    private static RatingFileReport importOne(Workspace workspace, Plan plan, EvaluationRules rules,
                                              EvaluationImports imports, Path file, Request request, Listener listener,
                                              Clock clock) throws IOException {
        String batch = request.batch() != null ? request.batch() : batchOf(file);
        RawFile raw;
        try {
            raw = RawFiles.inspect(file, request.limits());
        } catch (RawFileRefused e) {
            return new RatingFileReport(file, RatingFileReport.Outcome.REFUSED, null, batch, null, null, null, null, 0,
                    e.what(), e.todo());
        }
        listener.started(file, raw);
        var earlier = imports.findByHash(raw.sha256(), rules.fingerprint());
        if (earlier.isPresent()) {
            return new RatingFileReport(file, RatingFileReport.Outcome.DUPLICATE, raw, batch, null, earlier.get(), null,
                    null, 0, null, null);
        }
        ImportRecord previous = imports.currentOfBatch(batch).orElse(null);
        List<RowNote> first = new ArrayList<>();
        long[] notes = {0};
        try (EvaluationImports.Recording recording = imports.begin(raw, display(workspace, file), batch, clock.instant(),
                plan.settings().planCode(), rules.fingerprint())) {
            ImportTally tally = RatingImport.run(raw, rules, plan, request.channel(), request.limits(),
                    new RatingImport.Listener() {
                        @Override
                        public void note(RowNote note) {
                            recording.note(note);
                            if (notes[0]++ < FIRST_NOTES) {
                                first.add(note);
                            }
                        }

                        @Override
                        public void progress(long line, long total) {
                            listener.progress(line, total);
                        }
                    });
            recording.finish(tally, tally.read().sheet());
            return new RatingFileReport(file, RatingFileReport.Outcome.IMPORTED, raw, batch, recording.id(), previous,
                    tally, first, notes[0], null, null);
        } catch (RawFileRefused e) {
            return new RatingFileReport(file, RatingFileReport.Outcome.REFUSED, raw, batch, null, null, null, null, 0,
                    e.what(), e.todo());
        }
    }

    /** A file's batch by default: its name without the extension (网上评议2009.csv → 网上评议2009). */
    static String batchOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The path as the office reads it: relative to the workspace when inside it. */
    static String display(Workspace workspace, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(workspace.root()) ? workspace.root().relativize(abs).toString() : abs.toString();
    }

    /** The files to import: each file named, and the files of each folder named (hidden ones aside), in path order. */
    static List<Path> files(Workspace workspace, List<Path> paths) throws IOException, UsageException {
        if (paths.isEmpty()) {
            throw new UsageException(Messages.text("evaluation.noFiles"));
        }
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException(Messages.text("evaluation.pathMissing", "path", p.toAbsolutePath()));
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")
                            && !f.getFileName().toString().startsWith("~$")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
