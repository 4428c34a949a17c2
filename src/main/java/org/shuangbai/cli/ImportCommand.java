package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.app.ImportRatings;
import org.shuangbai.app.ImportRatingsResult;
import org.shuangbai.app.ImportTasks;
import org.shuangbai.app.ImportTasksResult;
import org.shuangbai.app.PublicScoresResult;
import org.shuangbai.app.RatingFileReport;
import org.shuangbai.documents.EvaluationFiles;
import org.shuangbai.evaluation.ImportCounts;
import org.shuangbai.evaluation.RowNote;
import org.shuangbai.tables.RawFile;
import org.shuangbai.ledger.ImportRecord;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `import`: raw data from other systems — 公共评议 exports (`import ratings`), the district's task list (`import tasks`). */
@Command(name = "import", mixinStandardHelpOptions = true,
        subcommands = {ImportCommand.Ratings.class, ImportCommand.Tasks.class})
public final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Console.OUT);
    }

    /** `import ratings`: 网上评议, 民意测评, 征求意见 and hotline exports into the ledger, then the 公共评议 scores. */
    @Command(name = "ratings", mixinStandardHelpOptions = true)
    static final class Ratings implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspaceOption;

        @Option(names = "--channel", paramLabel = "CHANNEL", descriptionKey = "channel")
        String channel;

        @Option(names = "--batch", paramLabel = "NAME", descriptionKey = "batch")
        String batch;

        @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            var office = workspaceOption.office();
            Workspace ws = office.workspace();
            ImportRatingsResult result;
            try (Bar bar = new Bar()) {
                result = ImportRatings.run(ws, new ImportRatings.Request(files, channel, batch), bar);
            }
            printScores(ws, result.scores());
            return result.allClean() ? ExitCode.OK : ExitCode.SOME_REJECTED;
        }
    }

    /** `import tasks`: the district's task list into the plan (input/plan/tasks.csv). */
    @Command(name = "tasks", mixinStandardHelpOptions = true)
    static final class Tasks implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspaceOption;

        @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
        Path file;

        @Override
        public Integer call() throws Exception {
            var office = workspaceOption.office();
            Workspace ws = office.workspace();
            ImportTasksResult r = ImportTasks.run(ws, file);
            printTasks(ws, r);
            return r.imported() ? ExitCode.OK : ExitCode.SOME_REJECTED;
        }
    }

    /** The task list imported (what it holds, where it went) or refused with every problem. */
    static void printTasks(Workspace ws, ImportTasksResult r) {
        Path file = r.source();
        if (!r.imported()) {
            Console.OUT.println(Messages.text("tasks.import.refused", "path", file, "count", r.problems().size()));
            for (PlanProblem p : r.problems()) {
                Console.OUT.println("  " + p.describe());
            }
            return;
        }
        Console.OUT.println(Messages.text("tasks.import.done", "path", file, "encoding", r.raw().encoding().describe(),
                "tasks", r.tasks(), "units", r.units(), "sources", r.bySource().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Lists.series()),
                "written", ws.root().relativize(r.written())));
        if (r.previous() != null) {
            Console.OUT.println(Messages.text("tasks.import.previous", "kept", ws.root().relativize(r.previous())));
        }
        if (r.formsToRedo()) {
            Console.OUT.println(Messages.text("tasks.import.redoForms"));
        }
    }

    /** Prints each file as it ends, with a progress bar while a long file is read (in a terminal). */
    private static final class Bar implements ImportRatings.Listener, AutoCloseable {
        private ProgressBar bar;
        private Workspace ws;

        @Override
        public void started(Path file, RawFile raw) {
            if (raw.lines() >= 100_000) {
                bar = Progress.bar(Messages.text("evaluation.cli.progress", "file", raw.fileName()),
                        (int) Math.min(Integer.MAX_VALUE, raw.lines()), Messages.text("evaluation.cli.progress.unit"));
            }
        }

        @Override
        public void progress(long line, long total) {
            if (bar != null) {
                bar.stepTo(line);
            }
        }

        @Override
        public void done(RatingFileReport report) {
            close();
            print(report);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /** One file's outcome: where every row went, what superseded what, the first listed rows. */
    static void print(RatingFileReport r) {
        String path = r.path().toString();
        switch (r.outcome()) {
            case REFUSED -> Console.OUT.println(Messages.text("evaluation.cli.refused", "path", path,
                    "what", r.what(), "todo", r.todo()));
            case DUPLICATE -> Console.OUT.println(Messages.text("evaluation.cli.duplicate", "path", path,
                    "id", r.earlier().id(), "file", r.earlier().fileName(), "time", r.earlier().importedAt()));
            case IMPORTED -> {
                Console.OUT.println(Messages.text("evaluation.cli.imported", "path", path, "id", r.importId(),
                        "batch", r.batch(), "encoding", r.raw().encoding().describe()));
                var t = r.tally();
                ImportCounts c = t.counts();
                Console.OUT.println(Messages.text("evaluation.cli.counts", "header", t.headerLine(),
                        "channels", Lists.enumeration(t.mapping().channels()), "rows", c.rows(), "valid", c.valid(),
                        "notCounted", c.notCounted(), "repeats", c.repeats(), "outOfPeriod", c.outOfPeriod(),
                        "unknownUnit", c.unknownUnit(), "bad", c.bad(), "blank", c.blank()));
                if (t.titleRows() > 0) {
                    Console.OUT.println(Messages.text("evaluation.cli.titleRows", "rows", t.titleRows()));
                }
                if (t.read().sheet() != null) {
                    Console.OUT.println(Messages.text(t.read().otherSheets().isEmpty() ? "evaluation.cli.sheet"
                                    : "evaluation.cli.otherSheets", "sheet", t.read().sheet(),
                            "others", Lists.enumeration(t.read().otherSheets())));
                }
                ImportRecord previous = r.earlier();
                if (previous != null) {
                    Console.OUT.println(Messages.text("evaluation.cli.supersedes", "id", previous.id(),
                            "file", previous.fileName(), "time", previous.importedAt()));
                }
                if (!t.unknownUnits().isEmpty()) {
                    Console.OUT.println(Messages.text("evaluation.cli.unknownUnits", "count", t.unknownUnits().size(),
                            "units", Lists.enumeration(t.unknownUnits().stream().limit(10).map(u -> Messages.text(
                                    "evaluation.cli.unknownUnit", "name", u.name(), "rows", u.rows(),
                                    "line", u.firstLine())).toList())));
                }
                if (r.notes() > 0) {
                    Console.OUT.println(Messages.text("evaluation.cli.notes", "count", r.notes(),
                            "shown", r.firstNotes().size(), "file", EvaluationFiles.NOTES));
                    for (RowNote n : r.firstNotes()) {
                        Console.OUT.println("    " + n.describe(r.raw().fileName()));
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The scores' summary, the rules printed beside them, and the files written. */
    static void printScores(Workspace ws, PublicScoresResult s) {
        Console.OUT.println(Messages.text("evaluation.cli.scores", "units", s.scores().all().stream()
                        .map(p -> p.unitCode()).distinct().count(), "indicators", s.rules().indicators().size(),
                "scored", s.scored(), "owed", s.owed()));
        if (s.stale() > 0) {
            Console.OUT.println(Messages.text("evaluation.cli.stale", "count", s.stale()));
        }
        Console.OUT.println(Messages.text("evaluation.cli.rules"));
        for (String line : s.rulesText()) {
            Console.OUT.println("  " + line);
        }
        Console.OUT.println(Messages.text("evaluation.cli.files"));
        for (Path f : s.files()) {
            Console.OUT.println("  " + ws.root().relativize(f));
        }
    }
}
