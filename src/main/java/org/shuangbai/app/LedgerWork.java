package org.shuangbai.app;

import java.io.IOException;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;

/** The common frame of a use case that reads the ledger: load the plan, take the lock, open the ledger once. */
final class LedgerWork {
    /** The work done with the plan and the open ledger. */
    @FunctionalInterface
    interface Step<R> {
        R apply(Plan plan, Ledger ledger) throws IOException;
    }

    private LedgerWork() {
    }

    static <R> R run(Workspace workspace, Step<R> step) throws PlanException, IOException, WorkspaceLock.Busy {
        Plan plan = Plans.load(workspace);
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace); Ledger ledger = Ledger.open(workspace)) {
            return step.apply(plan, ledger);
        }
    }
}
