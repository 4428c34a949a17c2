package org.shuangbai.bench;

import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.FormKind;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/** The real commands' work, called through the same public classes the CLI uses. */
final class RealWorkloads {
    private RealWorkloads() {
    }

    /**
     * {@code Distribution.generate} for N units × 3 forms. The command generates sequentially, so with
     * {@code split = false} the thread count is ignored (as the command would); {@code split = true}
     * is the what-if measurement: units spread over the threads, one {@code Distribution} shared.
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
            List<FormKind> kinds = List.of(FormKind.values());
            if (split) {
                Parallel.forEach(n, threads, i -> distribution.generate(List.of(units.get(i)), kinds, p -> { }));
            } else {
                distribution.generate(units.subList(0, n), kinds, p -> { });
            }
        }

        @Override
        public String note() {
            return split ? "what-if: units split over " + threads + " threads" : threads > 1 ? "command is sequential: threads not used" : "";
        }
    }
}
