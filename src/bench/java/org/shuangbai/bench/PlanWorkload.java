package org.shuangbai.bench;

import java.nio.file.Path;
import java.util.function.Function;

import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

/**
 * A real command's work on the synthetic workspace: its plan loaded once, untimed, and the folder the
 * command writes (distribution, ledger) set aside before each run ({@link Folders#discard}), so that every
 * run starts from nothing.
 */
abstract class PlanWorkload implements Workload {
    final Workspace workspace;
    private final Function<Workspace, Path> output;
    Plan plan;

    PlanWorkload(Workspace workspace, Function<Workspace, Path> output) {
        this.workspace = workspace;
        this.output = output;
    }

    @Override
    public void prepare(int n) throws Exception {
        plan = SyntheticWorkspace.load(workspace);
    }

    @Override
    public void reset() throws Exception {
        Folders.discard(output.apply(workspace));
    }
}
