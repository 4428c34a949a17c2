package org.shuangbai.app;

import java.io.IOException;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Messages;

/**
 * 评分单位: one assessing body's workbook — its submissions and what it still owes — from the same
 * computation as the board and the 催报名单 ({@link BodyStatus}). Reads only (no lock, nothing written).
 */
public final class ShowBody {
    private ShowBody() {
    }

    public static BodyView run(Workspace workspace, String bodyCode)
            throws PlanException, IOException, UsageException {
        Plan plan = Plans.load(workspace);
        Assessor body = plan.assessors().body(bodyCode).filter(b -> plan.assessors().active())
                .orElseThrow(() -> new UsageException(Messages.text("console.body.unknown", "code", bodyCode)));
        FormDeadlines deadlines = FormDeadlines.read(workspace);
        return LedgerReading.read(workspace, ledger -> {
            List<FileRecord> history = ledger.history();
            return view(body, ledger.bodyStatus(plan, history), history, deadlines);
        }, () -> view(body, BodyStatus.of(plan, List.of(), List.of()), List.of(), deadlines));
    }

    private static BodyView view(Assessor body, List<BodyStatus> statuses, List<FileRecord> history,
                                 FormDeadlines deadlines) {
        BodyStatus status = statuses.stream().filter(s -> s.body().code().equals(body.code())).findFirst()
                .orElseThrow();
        List<FileRecord> own = history.stream()
                .filter(f -> f.form() == FormKind.ASSESSOR && body.code().equals(f.unitCode())).toList();
        return new BodyView(status, own, deadlines);
    }
}
