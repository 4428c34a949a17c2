package org.shuangbai.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FieldKey.UnitVetoField;
import org.shuangbai.plan.FieldKey.VetoPart;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/**
 * Where one assessing body stands with its workbook (评分单位评分表), and what it still owes: every
 * (unit, indicator or veto) the plan gives it for which no current score (or 是/否) is recorded.
 *
 * @param owed the owed pairs in plan order: unit code and target code
 */
public record BodyStatus(Assessor body, FormStatus.State state, List<FileRecord> current, FileRecord lastRejected,
                         boolean rejectedAfterAccepted, List<Owed> owed) {
    public BodyStatus {
        current = List.copyOf(current);
        owed = List.copyOf(owed);
    }

    /** A unit's indicator (or veto) a body has not yet scored. */
    public record Owed(AssessedUnit unit, String target) {
    }

    /** Whether the body must be reminded: its workbook missing or refused, a correction refused, or cells owed. */
    public boolean needsReminder() {
        return state != FormStatus.State.ACCEPTED || rejectedAfterAccepted || !owed.isEmpty();
    }

    /**
     * Every body of the plan, in file order, from the history and the current values of the bodies' workbooks
     * (public for a workspace with no ledger yet: pass empty lists, every workbook missing, everything owed).
     */
    public static List<BodyStatus> of(Plan plan, List<FileRecord> history, List<RecordedValue> values) {
        if (!plan.assessors().active()) {
            return List.of();
        }
        Map<String, List<FileRecord>> byBody = new HashMap<>();
        for (FileRecord f : history) {
            if (f.unitCode() != null && f.form() == FormKind.ASSESSOR
                    && plan.settings().planCode().equals(f.planCode())) {
                byBody.computeIfAbsent(f.unitCode(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Set<FieldKey>> given = new HashMap<>();
        for (RecordedValue v : values) {
            given.computeIfAbsent(v.unitCode(), k -> new HashSet<>()).add(v.field());
        }
        List<BodyStatus> out = new ArrayList<>();
        for (Assessor body : plan.assessors().bodies()) {
            StatusBoard.Standing st = StatusBoard.Standing.of(byBody.getOrDefault(body.code(), List.of()));
            Set<FieldKey> mine = given.getOrDefault(body.code(), Set.of());
            List<Owed> owed = new ArrayList<>();
            for (AssessedUnit unit : plan.units()) {
                for (Assignment a : plan.assessors().rowsOf(body.code())) {
                    if (!a.scope().includes(unit)) {
                        continue;
                    }
                    FieldKey key = plan.veto(a.target()).isPresent()
                            ? new UnitVetoField(unit.code(), a.target(), VetoPart.ANSWER)
                            : new UnitIndicatorField(unit.code(), a.target(), IndicatorPart.SCORE);
                    if (!mine.contains(key)) {
                        owed.add(new Owed(unit, a.target()));
                    }
                }
            }
            out.add(new BodyStatus(body, st.state(), st.current(), st.lastRejected(), st.laterRejected(), owed));
        }
        return out;
    }
}
