package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.GradeBand;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.VetoEffect;
import org.shuangbai.plan.YesNo;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * Turns the ledger's current score sheets into totals, vetoes, grades, ranks and 先进单位, by the
 * plan's {@link ScoringRules} only. {@link RulesText} states the same rules in Chinese; the two
 * must change together.
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * @param scoreValues   the values of the current accepted score sheets
     * @param rejectedUnits units whose score sheet was returned to them, reported as REJECTED when
     *                      they have no current sheet
     */
    public static Results score(Plan plan, List<SheetValue> scoreValues, Set<String> rejectedUnits) {
        return score(plan, scoreValues, List.of(), rejectedUnits);
    }

    /**
     * @param bodyValues the values of the assessing bodies' current workbooks (assessor = the body's code,
     *                   field = a unit's matrix cell); they are the source of every indicator and veto the
     *                   plan assigns to bodies
     */
    public static Results score(Plan plan, List<SheetValue> scoreValues, List<SheetValue> bodyValues,
                                Set<String> rejectedUnits) {
        Map<String, List<ScoreSheet>> sheets = ScoreSheet.byUnit(scoreValues);
        BodyScores bodies = new BodyScores(plan, bodyValues);
        Figures figures = new Figures();
        List<UnitResult> all = new ArrayList<>();
        for (AssessedUnit unit : plan.units()) {
            all.addAll(unitResults(plan, unit, sheets.getOrDefault(unit.code(), List.of()),
                    rejectedUnits.contains(unit.code()), bodies, figures));
        }
        return ranked(plan, all);
    }

    /**
     * One unit's results, one per indicator system in plan order, before the groups are ranked (no rank, not
     * commended): the same figures {@link #score} gives the unit, from the unit's inputs alone.
     *
     * @param scoreValues the values of the unit's current accepted score sheets
     * @param bodyValues  the assessing bodies' cells about the unit (assessor = the body's code)
     * @param rejected    whether the unit's score sheet was returned to it
     */
    public static List<UnitResult> unit(Plan plan, AssessedUnit unit, List<SheetValue> scoreValues,
                                        List<SheetValue> bodyValues, boolean rejected) {
        return unitResults(plan, unit, ScoreSheet.byUnit(scoreValues).getOrDefault(unit.code(), List.of()), rejected,
                new BodyScores(plan, bodyValues), new Figures());
    }

    /**
     * Ranks, 先进单位 and statistics of every system and group, from the units' results (any order; the
     * listing is by system, then plan order). They read a unit's status, total, subtotals, eligibility and
     * group only, so the units' {@link UnitResult#summary() summaries} rank as their whole results do.
     */
    public static Results ranked(Plan plan, List<UnitResult> unranked) {
        ScoringRules rules = plan.settings().scoring();
        Map<String, Integer> unitOrder = new java.util.HashMap<>();
        for (AssessedUnit unit : plan.units()) {
            unitOrder.putIfAbsent(unit.code(), unitOrder.size());
        }
        List<UnitResult> all = new ArrayList<>();
        List<Commendation> commendations = new ArrayList<>();
        for (IndicatorSystem system : plan.systems()) {
            List<UnitResult> systemResults = unranked.stream().filter(r -> r.systemCode().equals(system.code()))
                    .sorted(Comparator.comparing(r -> unitOrder.getOrDefault(r.unit().code(), Integer.MAX_VALUE)))
                    .toList();
            Map<String, UnitResult> ranked = new LinkedHashMap<>();
            systemResults.forEach(r -> ranked.put(r.unit().code(), r));
            for (UnitGroup group : UnitGroup.values()) {
                List<UnitResult> inGroup = systemResults.stream().filter(r -> r.unit().group() == group).toList();
                if (inGroup.isEmpty()) {
                    continue;
                }
                Map<String, Integer> ranks = Ranking.ranks(inGroup, rules.rankTie());
                Commendation c = CommendationRule.select(system, group, inGroup, rules);
                commendations.add(c);
                Set<String> commended = Set.copyOf(c.unitCodes());
                for (UnitResult r : inGroup) {
                    ranked.put(r.unit().code(), r.withRank(ranks.get(r.unit().code()),
                            commended.contains(r.unit().code())));
                }
            }
            all.addAll(ranked.values());
        }
        return new Results(plan, all, commendations, RulesText.sentences(plan));
    }

    /** A unit's results in every system, in plan order. */
    private static List<UnitResult> unitResults(Plan plan, AssessedUnit unit, List<ScoreSheet> unitSheets,
                                                boolean rejected, BodyScores bodies, Figures figures) {
        List<UnitResult> out = new ArrayList<>();
        for (IndicatorSystem system : plan.systems()) {
            out.add(unitResult(plan, system, unit, unitSheets, rejected, bodies, figures));
        }
        return out;
    }

    private static UnitResult unitResult(Plan plan, IndicatorSystem system, AssessedUnit unit,
                                         List<ScoreSheet> unitSheets, boolean rejected, BodyScores bodies,
                                         Figures figures) {
        ScoringRules rules = plan.settings().scoring();
        List<VetoFinding> vetoes = vetoFindings(plan, system, unit, unitSheets, bodies);
        List<Indicator> indicators = system.indicatorList();
        boolean allByBodies = indicators.stream().allMatch(i -> bodies.byBodies(i.code(), unit));
        boolean anyByBodies = indicators.stream().anyMatch(i -> bodies.byBodies(i.code(), unit));
        // where bodies give (some of) the scores, a unit's own sheet counts for its self scores alone
        List<ScoreSheet> systemSheets = unitSheets.stream()
                .filter(s -> indicators.stream().anyMatch(i -> s.number(FieldKey.score(i.code()), figures).isPresent()
                        || (anyByBodies && s.number(FieldKey.self(i.code()), figures).isPresent())))
                .toList();
        if (systemSheets.isEmpty() && !allByBodies) {
            UnitStatus status = rejected ? UnitStatus.REJECTED : UnitStatus.MISSING;
            String note = Messages.text(status == UnitStatus.REJECTED ? "scoring.note.rejected" : "scoring.note.missing");
            return UnitResult.notScored(unit, system.code(), status, 0, vetoes, note);
        }
        // a source that is no returned sheet (raw data, submission 0) is not counted as one
        int sheetCount = (int) systemSheets.stream().filter(ScoreSheet::returned).count();
        List<IndicatorResult> results = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        List<String> owed = new ArrayList<>();
        for (Indicator indicator : indicators) {
            IndicatorResult r;
            if (!fromRawData(indicator, systemSheets, figures) && bodies.byBodies(indicator.code(), unit)) {
                BodyScores.Outcome o = bodies.indicator(unit, indicator.code(), rules.decimals(), figures);
                owed.addAll(o.owed());
                if (o.value() == null && o.owed().isEmpty()) {
                    unscored.add(indicator.code());
                }
                r = bodyIndicatorResult(indicator, o, systemSheets, rules, figures);
            } else {
                r = indicatorResult(indicator, systemSheets, rules, figures);
                if (r.score() == null) {
                    unscored.add(indicator.code());
                }
            }
            results.add(r);
        }
        if (!owed.isEmpty()) {
            // a body's score not (yet) given: owed, never counted as zero
            return UnitResult.notScored(unit, system.code(), UnitStatus.MISSING, sheetCount, vetoes,
                    Messages.text("scoring.note.bodiesOwed", "pairs", Lists.enumeration(owed)));
        }
        if (!unscored.isEmpty()) {
            // An accepted sheet should never lack a score; if it does, a total would silently count it as zero.
            return UnitResult.notScored(unit, system.code(), UnitStatus.MISSING, sheetCount, vetoes,
                    Messages.text("scoring.note.scoreMissing", "indicators", Lists.enumeration(unscored)));
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(rules.decimals());
        Map<String, BigDecimal> categoryTotals = new LinkedHashMap<>();
        for (Category category : system.categories()) {
            BigDecimal sum = zero;
            for (IndicatorResult r : results) {
                if (category.indicators().stream().anyMatch(i -> i.code().equals(r.indicatorCode()))) {
                    sum = sum.add(r.score());
                }
            }
            categoryTotals.put(category.code(), sum);
        }
        BigDecimal total = results.stream().map(IndicatorResult::score).reduce(zero, BigDecimal::add);
        List<BigDecimal> selves = results.stream().map(IndicatorResult::selfScore).filter(s -> s != null).toList();
        BigDecimal selfTotal = selves.isEmpty() ? null : selves.stream().reduce(zero, BigDecimal::add);

        // what the scores rest on: the units' sheets, or (where bodies score) how many bodies gave them
        long bodyCount = results.stream().filter(r -> bodies.byBodies(r.indicatorCode(), unit))
                .flatMap(r -> r.scoreSources().stream()).map(SourceCell::assessor).distinct().count();
        String basis = anyByBodies ? Messages.text("scoring.note.basis.bodies", "bodies", bodyCount,
                "sheets", sheetCount) : Messages.text("scoring.note.basis.sheets", "sheets", sheetCount);
        boolean poor = vetoes.stream().anyMatch(v -> v.effect() == VetoEffect.GRADE_POOR);
        boolean loseExcellence = vetoes.stream().anyMatch(v -> v.effect() == VetoEffect.LOSE_EXCELLENCE);
        String bandGrade = grade(rules, total);
        String grade = bandGrade;
        String note;
        if (poor) {
            grade = rules.poorGrade();
            note = Messages.text("scoring.note.gradePoor", "basis", basis,
                    "effect", VetoEffect.GRADE_POOR.label(), "grade", grade);
        } else if (loseExcellence && rules.excellentGrade().equals(bandGrade)) {
            grade = gradeBelow(rules, rules.excellentGrade());
            note = Messages.text("scoring.note.excellenceLost", "basis", basis, "band", bandGrade,
                    "effect", VetoEffect.LOSE_EXCELLENCE.label(), "grade", grade);
        } else if (loseExcellence) {
            note = Messages.text("scoring.note.loseExcellence", "basis", basis,
                    "effect", VetoEffect.LOSE_EXCELLENCE.label());
        } else {
            note = Messages.text("scoring.note.scored", "basis", basis);
        }
        return UnitResult.scored(unit, system.code(), sheetCount, results, categoryTotals, total, selfTotal,
                vetoes, !poor && !loseExcellence, grade, note);
    }

    private static IndicatorResult indicatorResult(Indicator indicator, List<ScoreSheet> sheets, ScoringRules rules,
                                                   Figures figures) {
        List<SourceCell> scores = new ArrayList<>();
        List<SourceCell> selves = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ScoreSheet sheet : sheets) {
            sheet.number(FieldKey.score(indicator.code()), figures).ifPresent(scores::add);
            sheet.number(FieldKey.self(indicator.code()), figures).ifPresent(selves::add);
            String note = sheet.text(FieldKey.note(indicator.code()));
            if (!note.isEmpty()) {
                notes.add(sheets.size() > 1 ? byAssessor(sheet, note) : note);
            }
        }
        Combination score = Combination.of(scores, rules.aggregation(), rules.trimMinSheets(), rules.decimals());
        // The self score is the unit's own figure copied on every sheet: a plain mean, never trimmed.
        Combination self = Combination.of(selves, org.shuangbai.plan.Aggregation.MEAN, 0, rules.decimals());
        BigDecimal difference = score.value() == null || self.value() == null ? null
                : score.value().subtract(self.value());
        return new IndicatorResult(indicator.code(), indicator.maxScore(), figures.of(score.value()),
                figures.of(self.value()), figures.of(difference),
                Lists.clauses(notes), score.used(), selves, score.dropped());
    }

    /**
     * A 公共评议 score computed from the imported raw data (a source that is no returned sheet) stands for its
     * indicator, whoever else the plan assigns it to: the ratings are what the indicator measures.
     */
    private static boolean fromRawData(Indicator indicator, List<ScoreSheet> sheets, Figures figures) {
        return sheets.stream().anyMatch(s -> !s.returned() && s.number(FieldKey.score(indicator.code()), figures).isPresent());
    }

    /** A score from the bodies (by the plan's rule) beside the unit's own self score from its sheets. */
    private static IndicatorResult bodyIndicatorResult(Indicator indicator, BodyScores.Outcome o,
                                                       List<ScoreSheet> sheets, ScoringRules rules, Figures figures) {
        List<SourceCell> selves = new ArrayList<>();
        for (ScoreSheet sheet : sheets) {
            sheet.number(FieldKey.self(indicator.code()), figures).ifPresent(selves::add);
        }
        Combination self = Combination.of(selves, org.shuangbai.plan.Aggregation.MEAN, 0, rules.decimals());
        BigDecimal difference = o.value() == null || self.value() == null ? null : o.value().subtract(self.value());
        return new IndicatorResult(indicator.code(), indicator.maxScore(), o.value(), figures.of(self.value()),
                figures.of(difference), o.notes(), o.used(), selves, o.shown());
    }

    private static List<VetoFinding> vetoFindings(Plan plan, IndicatorSystem system, AssessedUnit unit,
                                                  List<ScoreSheet> sheets, BodyScores bodies) {
        List<VetoFinding> findings = new ArrayList<>();
        for (Veto veto : plan.vetoes()) {
            if (!veto.appliesTo().contains(system.code())) {
                continue;
            }
            List<String> sources = new ArrayList<>();
            List<String> explanations = new ArrayList<>();
            if (bodies.byBodies(veto.code(), unit)) {
                for (SheetValue a : bodies.vetoFound(unit, veto.code(), explanations)) {
                    sources.add(bodies.bodyName(a.assessor()) + " " + a.sourceFile() + "!" + a.sheet() + "!" + a.cell()
                            + "=" + YesNo.YES.label());
                }
                if (!sources.isEmpty()) {
                    findings.add(new VetoFinding(veto.code(), veto.number(), veto.effect(),
                            Lists.clauses(explanations), sources));
                }
                continue;
            }
            for (ScoreSheet sheet : sheets) {
                Optional<SheetValue> answer = sheet.field(FieldKey.answer(veto.code()));
                if (answer.isPresent() && YesNo.of(answer.get().value()).orElse(null) == YesNo.YES) {
                    SheetValue a = answer.get();
                    sources.add(sheet.assessor() + " " + a.sourceFile() + "!" + a.sheet() + "!" + a.cell() + "="
                            + YesNo.YES.label());
                    String explain = sheet.text(FieldKey.explain(veto.code()));
                    if (!explain.isEmpty()) {
                        explanations.add(byAssessor(sheet, explain));
                    }
                }
            }
            if (!sources.isEmpty()) {
                findings.add(new VetoFinding(veto.code(), veto.number(), veto.effect(), Lists.clauses(explanations),
                        sources));
            }
        }
        return findings;
    }

    /** A note or explanation with the assessor who wrote it, where several sheets are combined. */
    private static String byAssessor(ScoreSheet sheet, String text) {
        return Messages.text("scoring.byAssessor", "assessor", sheet.assessor(), "text", text);
    }

    /** Bands are tried from the highest minimum down; a total below every band has no grade. */
    static String grade(ScoringRules rules, BigDecimal total) {
        return bandsDescending(rules).stream().filter(b -> total.compareTo(b.minScore()) >= 0)
                .map(GradeBand::grade).findFirst().orElse(null);
    }

    static String gradeBelow(ScoringRules rules, String grade) {
        List<GradeBand> bands = bandsDescending(rules);
        for (int i = 0; i < bands.size() - 1; i++) {
            if (bands.get(i).grade().equals(grade)) {
                return bands.get(i + 1).grade();
            }
        }
        return rules.poorGrade();
    }

    static List<GradeBand> bandsDescending(ScoringRules rules) {
        return rules.gradeBands().stream().sorted(Comparator.comparing(GradeBand::minScore).reversed())
                .collect(Collectors.toList());
    }
}
