package org.shuangbai.app;

import java.io.IOException;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.StatusBoard;
import org.shuangbai.ledger.StatusReport;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;

/** 回收情况 and 催报名单: every unit's standing with every form; the reminder list written to output/status/. */
public final class ShowStatus {
    private ShowStatus() {
    }

    public static StatusResult run(Workspace workspace) throws PlanException, IOException, WorkspaceLock.Busy {
        return LedgerWork.run(workspace, (plan, ledger) -> statusOf(workspace, plan, ledger));
    }

    /** With the lock held and the ledger open (also a step of the demo). */
    static StatusResult statusOf(Workspace workspace, Plan plan, Ledger ledger) throws IOException {
        // the received files read once for the units, the bodies and the unattributed rejections
        List<FileRecord> history = ledger.history();
        List<FormStatus> statuses = StatusBoard.of(plan, history);
        List<BodyStatus> bodies = ledger.bodyStatus(plan, history);
        var written = StatusReport.write(workspace, plan, statuses, bodies);
        return new StatusResult(plan, statuses, Ledger.unattributedRejections(plan, history), written, bodies);
    }
}
