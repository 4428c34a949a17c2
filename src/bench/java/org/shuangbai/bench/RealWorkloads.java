package org.shuangbai.bench;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.Distribution;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/** The real commands' work, called through the same public classes the CLI uses. */
final class RealWorkloads {
    private RealWorkloads() {
    }

    /**
     * {@code Distribution.generate} for N units × 3 forms, with a new {@code Distribution} per run as the
     * command makes one: learning each form's template is part of the timed work. The command spreads
     * units over the cores the JVM sees (the child JVM is started with that many).
     */
    static final class Generate implements Workload {
        private final Workspace workspace;
        private Plan plan;
        private List<AssessedUnit> units;
        private int written;
        private int patched;

        Generate(Workspace workspace) {
            this.workspace = workspace;
        }

        @Override
        public void prepare(int n) throws Exception {
            plan = SyntheticWorkspace.load(workspace);
            units = plan.units();
        }

        @Override
        public void reset() throws Exception {
            Folders.deleteTree(workspace.distributionDir());
        }

        @Override
        public void run(int n) throws Exception {
            Distribution distribution = new Distribution(workspace, plan);
            written = distribution.generate(units.subList(0, n), FormKind.unitForms(), p -> { });
            patched = distribution.patched();
        }

        @Override
        public String note() {
            return patched + " of " + written + " workbooks patched from the forms' templates";
        }
    }

    /** {@code Intake.ingest} of N filled score workbooks into a fresh ledger (deleted before each run). */
    static final class Ingest implements Workload {
        private final Workspace workspace;
        private final Path returned;
        private Plan plan;
        private List<Path> files;
        private IngestSummary last;

        Ingest(Workspace workspace, Path returned) {
            this.workspace = workspace;
            this.returned = returned;
        }

        @Override
        public void prepare(int n) throws Exception {
            plan = SyntheticWorkspace.load(workspace);
            files = BaselineWorkloads.Ingest.filledFiles(returned, n);
        }

        @Override
        public void reset() throws Exception {
            Folders.deleteTree(workspace.ledgerDir());
        }

        @Override
        public void run(int n) throws Exception {
            last = Intake.ingest(workspace, plan, files.subList(0, n));
            if (last.accepted() != n) {
                throw new IllegalStateException("ingest accepted " + last.accepted() + " of " + n + " sample files: "
                        + last.files().stream().filter(f -> f.outcome() != org.shuangbai.app.FileReport.Outcome.ACCEPTED)
                        .findFirst().map(Object::toString).orElse(""));
            }
        }

        @Override
        public String note() {
            return last == null ? "" : "accepted " + last.accepted() + " files";
        }
    }
}
