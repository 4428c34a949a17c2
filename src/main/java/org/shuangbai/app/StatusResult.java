package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.ledger.BodyStatus;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.plan.Plan;

/**
 * Where every unit stands with every form, the rejected files that name no unit of the plan, and the
 * reminder list written (催报名单 .xlsx and .csv); where the plan has assessing bodies, where each stands
 * with its workbook and what it still owes.
 */
public record StatusResult(Plan plan, List<FormStatus> statuses, List<FileRecord> unattributed,
                           List<Path> reminderFiles, List<BodyStatus> bodies) {
    public StatusResult {
        statuses = List.copyOf(statuses);
        bodies = List.copyOf(bodies);
        unattributed = List.copyOf(unattributed);
        reminderFiles = List.copyOf(reminderFiles);
    }

    /** Units that owe at least one form. */
    public long unitsOwing() {
        return statuses.stream().filter(FormStatus::needsReminder).map(FormStatus::unit).distinct().count();
    }

    /** Bodies that owe their workbook or some of its scores. */
    public long bodiesOwing() {
        return bodies.stream().filter(BodyStatus::needsReminder).count();
    }
}
