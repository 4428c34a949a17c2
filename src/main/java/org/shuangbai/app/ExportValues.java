package org.shuangbai.app;

import java.io.IOException;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.ValuesExport;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;

/** 数据导出: every current value with the file, sheet and cell it came from, for audit without the tool. */
public final class ExportValues {
    private ExportValues() {
    }

    public static ExportResult run(Workspace workspace) throws PlanException, IOException, WorkspaceLock.Busy {
        return LedgerWork.run(workspace, (plan, ledger) -> exportOf(workspace, plan, ledger));
    }

    static ExportResult exportOf(Workspace workspace, Plan plan, Ledger ledger) throws IOException {
        ValuesExport.Written w = ValuesExport.write(workspace, plan, ledger);
        return new ExportResult(w.values(), w.files());
    }
}
