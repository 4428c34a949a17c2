package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.shuangbai.app.FileReport;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.intake.Problem;
import org.shuangbai.text.Messages;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `ingest`: checks returned workbooks and records them in the ledger. */
@Command(name = "ingest", mixinStandardHelpOptions = true)
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "paths")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        var office = workspaceOption.office();
        IngestSummary summary;
        try (Lines lines = new Lines()) {
            summary = office.ingest(paths, lines);
            if (lines.bar != null) {
                lines.bar.close();
                lines.bar = null;
                summary.files().forEach(IngestCommand::print);
            }
        }
        Console.OUT.println(summary.line());
        if (summary.files().isEmpty()) {
            Console.OUT.println(Messages.text("ingest.nothingFound", "returned", office.workspace().returnedDir()));
        } else if (!summary.allTaken()) {
            Console.OUT.println(Messages.text("ingest.someRejected"));
        }
        return summary.allTaken() ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }

    static void print(FileReport report) {
        Console.OUT.println(report.line());
        if (report.outcome() == FileReport.Outcome.REJECTED) {
            for (Problem p : report.problems()) {
                Console.OUT.println("    - " + p.describe());
            }
        }
    }

    /** Per-file lines as they come; with many files in a terminal, a progress bar and the lines at the end. */
    private static final class Lines implements Intake.Listener, AutoCloseable {
        ProgressBar bar;

        @Override
        public void started(int files) {
            bar = Progress.bar(Messages.text("ingest.progress"), files, Messages.text("ingest.progress.unit"));
        }

        @Override
        public void done(FileReport report) {
            if (bar == null) {
                print(report);
            } else {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
