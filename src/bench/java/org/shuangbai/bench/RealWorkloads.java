package org.shuangbai.bench;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.Distribution;
import org.shuangbai.plan.FormKind;

/** The real commands' work, called through the same public classes the CLI uses. */
final class RealWorkloads {
    private RealWorkloads() {
    }

    /** The summary of an intake that had to accept all {@code n} files; else the first refused one, as an error. */
    static IngestSummary acceptedAll(IngestSummary summary, int n) {
        if (summary.accepted() != n) {
            throw new IllegalStateException("ingest accepted " + summary.accepted() + " of " + n + " sample files: "
                    + summary.files().stream().filter(f -> f.outcome() != org.shuangbai.app.FileReport.Outcome.ACCEPTED)
                    .findFirst().map(Object::toString).orElse(""));
        }
        return summary;
    }

    /**
     * {@code Distribution.generate} for N units × 3 forms, with a new {@code Distribution} per run as the
     * command makes one: learning each form's template is part of the timed work. The command spreads
     * units over the cores the JVM sees (the child JVM is started with that many).
     */
    static final class Generate extends PlanWorkload {
        private int written;
        private int patched;

        Generate(Workspace workspace) {
            super(workspace, Workspace::distributionDir);
        }

        @Override
        public void run(int n) throws Exception {
            Distribution distribution = new Distribution(workspace, plan);
            written = distribution.generate(plan.units().subList(0, n), FormKind.unitForms(), p -> { });
            patched = distribution.patched();
        }

        @Override
        public String note() {
            return patched + " of " + written + " workbooks patched from the forms' templates";
        }
    }

    /** {@code Intake.ingest} of N filled score workbooks into a fresh ledger (deleted before each run). */
    static final class Ingest extends PlanWorkload {
        private final Path returned;
        private List<Path> files;
        private IngestSummary last;

        Ingest(Workspace workspace, Path returned) {
            super(workspace, Workspace::ledgerDir);
            this.returned = returned;
        }

        @Override
        public void prepare(int n) throws Exception {
            super.prepare(n);
            files = BaselineWorkloads.Ingest.filledFiles(returned, n);
        }

        @Override
        public void run(int n) throws Exception {
            last = acceptedAll(Intake.ingest(workspace, plan, files.subList(0, n)), n);
        }

        @Override
        public String note() {
            return last == null ? "" : "accepted " + last.accepted() + " files";
        }
    }
}
