package org.shuangbai.app;

import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanLoader;

/** Loads a workspace's plan; an invalid plan is a {@link PlanException} that adapters map in one place. */
public final class Plans {
    private Plans() {
    }

    public static Plan load(Workspace workspace) throws PlanException {
        return PlanLoader.load(workspace.planDir());
    }
}
