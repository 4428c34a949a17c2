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
import org.shuangbai.tables.RawFile;
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
        r.lines(ws).forEach(Console.OUT::println);
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
        r.lines().forEach(Console.OUT::println);
    }

    /** The scores' summary, the rules printed beside them, and the files written. */
    static void printScores(Workspace ws, PublicScoresResult s) {
        s.summary().forEach(Console.OUT::println);
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
