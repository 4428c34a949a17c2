package org.shuangbai.bench;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.plan.FormKind;
import org.shuangbai.ledger.IngestSummary;
import org.shuangbai.ledger.Intake;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/** The real commands' work, called through the same public classes the CLI uses. */
final class RealWorkloads {
    private RealWorkloads() {
    }

    /**
     * {@code Distribution.generate} for N units × 3 forms. The command spreads units over the cores
     * the JVM sees (the child JVM is started with that many); {@code split = true} is the older
     * what-if: units spread over the threads by the harness, one {@code Distribution} shared.
     */
    static final class Generate implements Workload {
        private final Workspace workspace;
        private final int threads;
        private final boolean split;
        private Distribution distribution;
        private List<AssessedUnit> units;

        Generate(Workspace workspace, int threads, boolean split) {
            this.workspace = workspace;
            this.threads = threads;
            this.split = split;
        }

        @Override
        public void prepare(int n) throws Exception {
            Plan plan = SyntheticWorkspace.load(workspace);
            units = plan.units();
            distribution = new Distribution(workspace, plan);
        }

        @Override
        public void reset() throws Exception {
            Folders.deleteTree(workspace.distributionDir());
        }

        @Override
        public void run(int n) throws Exception {
            List<FormKind> kinds = FormKind.unitForms();
            if (split) {
                Parallel.forEach(n, threads, i -> distribution.generate(List.of(units.get(i)), kinds, p -> { }));
            } else {
                distribution.generate(units.subList(0, n), kinds, p -> { });
            }
        }

        @Override
        public String note() {
            return split ? "what-if: units split over " + threads + " threads" : "";
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
                        + last.files().stream().filter(f -> f.outcome() != org.shuangbai.ledger.FileReport.Outcome.ACCEPTED)
                        .findFirst().map(Object::toString).orElse(""));
            }
        }

        @Override
        public String note() {
            return last == null ? "" : "accepted " + last.accepted() + " files";
        }
    }
}
