package org.shuangbai.app;

import java.io.IOException;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.StatusBoard;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;

/**
 * 看板: where every unit stands with every form, read without writing anything (unlike {@link ShowStatus},
 * which also writes the reminder list) and without the workspace lock, so it can be shown while an
 * operation runs.
 */
public final class ShowBoard {
    private ShowBoard() {
    }

    public static BoardResult run(Workspace workspace) throws PlanException, IOException {
        Plan plan = Plans.load(workspace);
        FormDeadlines deadlines = FormDeadlines.read(workspace);
        return LedgerReading.read(workspace,
                ledger -> new BoardResult(plan, ledger.status(plan), ledger.unattributedRejections(plan), deadlines),
                () -> new BoardResult(plan, StatusBoard.of(plan, List.of()), List.of(), deadlines));
    }
}
