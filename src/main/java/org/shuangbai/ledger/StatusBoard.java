package org.shuangbai.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.intake.Verdict;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/**
 * Where every unit stands with every form, from the history of received files alone: a pure function,
 * so a workspace without a ledger yet (nothing received) gets the same board, every form missing.
 */
public final class StatusBoard {
    private StatusBoard() {
    }

    /** In plan order of units and form order. */
    public static List<FormStatus> of(Plan plan, List<FileRecord> history) {
        Map<String, List<FileRecord>> byKey = new HashMap<>();
        for (FileRecord f : history) {
            if (f.unitCode() != null && f.form() != null && plan.settings().planCode().equals(f.planCode())) {
                byKey.computeIfAbsent(f.unitCode() + "|" + f.form().option(), k -> new ArrayList<>()).add(f);
            }
        }
        List<FormStatus> out = new ArrayList<>();
        for (AssessedUnit unit : plan.units()) {
            for (FormKind form : FormKind.unitForms()) {
                Standing st = Standing.of(byKey.getOrDefault(unit.code() + "|" + form.option(), List.of()));
                out.add(new FormStatus(unit, form, st.state(), st.current(), st.lastRejected(), st.laterRejected()));
            }
        }
        return out;
    }

    /** Where a holder stands with one form, from the files received for it (in the order received). */
    record Standing(FormStatus.State state, List<FileRecord> current, FileRecord lastRejected,
                    boolean laterRejected) {
        static Standing of(List<FileRecord> files) {
            List<FileRecord> current = files.stream().filter(FileRecord::current).toList();
            FileRecord lastRejected = files.stream().filter(f -> f.verdict() == Verdict.REJECTED)
                    .reduce((a, b) -> b).orElse(null);
            long newestAccepted = current.stream().mapToLong(FileRecord::id).max().orElse(-1);
            FormStatus.State state = !current.isEmpty() ? FormStatus.State.ACCEPTED
                    : lastRejected != null ? FormStatus.State.REJECTED : FormStatus.State.MISSING;
            boolean laterRejected = !current.isEmpty() && lastRejected != null && lastRejected.id() > newestAccepted;
            return new Standing(state, current, lastRejected, laterRejected);
        }
    }
}
