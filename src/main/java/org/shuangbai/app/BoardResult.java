package org.shuangbai.app;

import java.util.List;

import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.plan.Plan;

/**
 * The status board: every unit's standing with every form (plan order of units, form order), the
 * rejected files that name no unit of the plan, and the forms' due dates. Nothing is written.
 */
public record BoardResult(Plan plan, List<FormStatus> statuses, List<FileRecord> unattributed,
                          FormDeadlines deadlines) {
    public BoardResult {
        statuses = List.copyOf(statuses);
        unattributed = List.copyOf(unattributed);
    }
}
