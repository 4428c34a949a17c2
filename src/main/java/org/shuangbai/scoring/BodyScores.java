package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessors;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.CombinationRule;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FieldKey.UnitVetoField;
import org.shuangbai.plan.FieldKey.VetoPart;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * The assessing bodies' current workbooks (评分单位评分表), as scoring reads them: per body, unit and
 * field the value it gave. An indicator the plan assigns to bodies takes its score from them by the plan's
 * combination rule (assignments.csv); a body whose score is missing leaves the unit owed, never zero.
 */
final class BodyScores {
    /** A combined score, the bodies' cells it used and those shown but not counted, or the owed bodies. */
    record Outcome(BigDecimal value, List<SourceCell> used, List<SourceCell> shown, List<String> owed,
                   String notes) {
    }

    private final Plan plan;
    private final Assessors assessors;
    /** body code → field (carrying the unit) → value. */
    private final Map<String, Map<FieldKey, SheetValue>> byBody = new HashMap<>();

    /** @param values the values of the bodies' current workbooks: assessor = the body's code */
    BodyScores(Plan plan, List<SheetValue> values) {
        this.plan = plan;
        this.assessors = plan.assessors();
        for (SheetValue v : values) {
            if (v.value() != null && !v.value().isBlank()) {
                byBody.computeIfAbsent(v.assessor(), k -> new HashMap<>()).put(v.field(), v);
            }
        }
    }

    /** Whether bodies (not the unit's score sheets) are the source of this indicator or veto for this unit. */
    boolean byBodies(String target, AssessedUnit unit) {
        return assessors.byBodies(target, unit);
    }

    /** How the body is named beside its figures: 监察局（JCJ）. */
    String bodyName(String code) {
        return assessors.body(code).map(b -> Messages.text("export.body", "code", b.code(), "name", b.name()))
                .orElse(code);
    }

    /** An indicator's score for a unit from the bodies assigned to it, by the plan's combination rule. */
    Outcome indicator(AssessedUnit unit, String indicatorCode, int decimals, Figures figures) {
        List<SourceCell> used = new ArrayList<>();
        List<SourceCell> shown = new ArrayList<>();
        List<String> owed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        CombinationRule rule = null;
        for (Assignment row : assessors.rows(indicatorCode, unit)) {
            if (row.unitSheet()) {
                continue;
            }
            rule = row.rule();
            SheetValue score = value(row.assessorCode(), new UnitIndicatorField(unit.code(), indicatorCode,
                    IndicatorPart.SCORE));
            SheetValue note = value(row.assessorCode(), new UnitIndicatorField(unit.code(), indicatorCode,
                    IndicatorPart.NOTE));
            BigDecimal figure = number(score);
            if (figure == null) {
                if (row.counts()) {
                    owed.add(Messages.text("scoring.owedPair", "body", bodyName(row.assessorCode()),
                            "indicator", indicatorCode));
                }
                continue;
            }
            SourceCell cell = new SourceCell(bodyName(row.assessorCode()), figures.of(figure), score.sourceFile(),
                    score.sheet(), score.cell(), score.fileHash());
            if (row.counts()) {
                used.add(cell);
                if (row.weight() != null) {
                    weighted = weighted.add(figure.multiply(row.weight()));
                }
                if (note != null) {
                    notes.add(Messages.text("scoring.byAssessor", "assessor", cell.assessor(), "text",
                            note.value().trim()));
                }
            } else {
                shown.add(cell);
            }
        }
        if (!owed.isEmpty() || used.isEmpty()) {
            return new Outcome(null, used, shown, owed, Lists.clauses(notes));
        }
        BigDecimal value = switch (rule == null ? CombinationRule.MEAN : rule) {
            case WEIGHTED -> weighted.setScale(decimals, RoundingMode.HALF_UP);
            case LEAD, MEAN -> used.stream().map(SourceCell::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(used.size()), decimals, RoundingMode.HALF_UP);
        };
        return new Outcome(figures.of(value), used, shown, owed, Lists.clauses(notes));
    }

    /** The bodies that found a 一票否决 situation for a unit (是), with the cell and their explanation. */
    List<SheetValue> vetoFound(AssessedUnit unit, String vetoCode, List<String> explanations) {
        List<SheetValue> found = new ArrayList<>();
        for (Assignment row : assessors.rows(vetoCode, unit)) {
            if (row.unitSheet()) {
                continue;
            }
            SheetValue answer = value(row.assessorCode(), new UnitVetoField(unit.code(), vetoCode, VetoPart.ANSWER));
            if (answer != null && org.shuangbai.plan.YesNo.of(answer.value()).orElse(null)
                    == org.shuangbai.plan.YesNo.YES) {
                found.add(answer);
                SheetValue explain = value(row.assessorCode(), new UnitVetoField(unit.code(), vetoCode,
                        VetoPart.EXPLAIN));
                if (explain != null) {
                    explanations.add(Messages.text("scoring.byAssessor", "assessor", bodyName(row.assessorCode()),
                            "text", explain.value().trim()));
                }
            }
        }
        return found;
    }

    private SheetValue value(String body, FieldKey field) {
        return byBody.getOrDefault(body, Map.of()).get(field);
    }

    private static BigDecimal number(SheetValue v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.value().trim());
        } catch (NumberFormatException e) {
            return null; // intake validates numbers; a non-number is treated as not filled rather than as zero
        }
    }
}
