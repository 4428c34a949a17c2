package org.shuangbai.app;

import java.io.IOException;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.StatusBoard;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;

/**
 * 看板: where every unit stands with every form (and every assessing body with its workbook), read without writing anything (unlike {@link ShowStatus},
 * which also writes the reminder list) and without the workspace lock, so it can be shown while an
 * operation runs.
 */
public final class ShowBoard {
    private ShowBoard() {
    }

    public static BoardResult run(Workspace workspace) throws PlanException, IOException {
        return run(workspace, Plans.load(workspace));
    }

    /** With the plan already loaded (the console keeps it while its files are unchanged). */
    public static BoardResult run(Workspace workspace, Plan plan) throws IOException {
        FormDeadlines deadlines = FormDeadlines.read(workspace);
        return LedgerReading.read(workspace, ledger -> {
            // read once for both: at 10,000 units a read of the history is a third of the board's time
            List<FileRecord> history = ledger.history();
            return new BoardResult(plan, StatusBoard.of(plan, history), ledger.bodyStatus(plan, history),
                    Ledger.unattributedRejections(plan, history), deadlines);
        }, () -> new BoardResult(plan, StatusBoard.of(plan, List.of()), BodyStatus.of(plan, List.of(), List.of()),
                List.of(), deadlines));
    }
}
