package org.shuangbai.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.Scoring;
import org.shuangbai.scoring.SheetValue;

/** What scoring reads, taken from the ledger: the current score sheets and the units whose sheet was returned. */
final class ScoreInputs {
    private ScoreInputs() {
    }

    /**
     * Scores from an open ledger. In its own frame so that the ledger's values (a million at 10,000
     * units) are garbage once scored, before documents are rendered.
     */
    static Results score(Plan plan, Ledger ledger, List<FormStatus> statuses) {
        List<SheetValue> values = new ArrayList<>();
        for (RecordedValue v : ledger.currentValues(FormKind.SCORE)) {
            values.add(new SheetValue(v.unitCode(), v.assessor(), v.submissionId(), v.field(), v.value(),
                    v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
        }
        return Scoring.score(plan, values, bodyValues(plan, ledger), rejectedUnits(statuses));
    }

    /**
     * The bodies' current workbooks: the holder of each is the body (its code as the assessor), the unit is the
     * one its matrix cell names. A plan without bodies reads none.
     */
    static List<SheetValue> bodyValues(Plan plan, Ledger ledger) {
        List<SheetValue> values = new ArrayList<>();
        if (!plan.assessors().active()) {
            return values;
        }
        for (RecordedValue v : ledger.currentValues(FormKind.ASSESSOR)) {
            String unit = v.field() instanceof FieldKey.UnitIndicatorField f ? f.unitCode()
                    : v.field() instanceof FieldKey.UnitVetoField f ? f.unitCode() : null;
            if (unit != null) {
                values.add(new SheetValue(unit, v.unitCode(), v.submissionId(), v.field(), v.value(),
                        v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
            }
        }
        return values;
    }

    /** Nothing received yet: every unit not scored. */
    static Results none(Plan plan) {
        return Scoring.score(plan, List.of(), Set.of());
    }

    /** Units whose latest score sheet was returned to them (reported as such when they have no current one). */
    static Set<String> rejectedUnits(List<FormStatus> statuses) {
        Set<String> rejected = new TreeSet<>();
        for (FormStatus s : statuses) {
            if (s.form() == FormKind.SCORE && s.state() == FormStatus.State.REJECTED) {
                rejected.add(s.unit().code());
            }
        }
        return rejected;
    }
}
