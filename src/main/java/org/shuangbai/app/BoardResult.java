package org.shuangbai.app;

import java.util.List;

import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.plan.Plan;

/**
 * The status board: every unit's standing with every form (plan order of units, form order), every
 * assessing body's standing with its workbook and what it still owes (none when the plan has no bodies),
 * the rejected files that name no unit or body of the plan, and the forms' due dates. Nothing is written.
 */
public record BoardResult(Plan plan, List<FormStatus> statuses, List<BodyStatus> bodies,
                          List<FileRecord> unattributed, FormDeadlines deadlines) {
    public BoardResult {
        statuses = List.copyOf(statuses);
        bodies = List.copyOf(bodies);
        unattributed = List.copyOf(unattributed);
    }
}
