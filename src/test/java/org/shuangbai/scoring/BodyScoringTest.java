package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.scoring.Fixtures.result;
import static org.shuangbai.scoring.Fixtures.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.AssessorKind;
import org.shuangbai.plan.Assessors;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.CombinationRule;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitScope;

/**
 * Scores from the assessing bodies' workbooks, by the plan's combination rules, written out literally:
 * A1 by two bodies (算术平均), A2 by the same two (加权平均 0.7/0.3), A3 with X as lead (以牵头单位为准), B1 by
 * no body (the units' score sheets, as before), veto VP found by X.
 */
class BodyScoringTest {
    private static final UnitScope ALL = UnitScope.everyUnit("全部");

    private static Plan plan() {
        return plan(List.of());
    }

    private static Plan plan(List<Assignment> more) {
        Plan p = Fixtures.small(Fixtures.rules(), "S01", "S02");
        List<Assessor> bodies = List.of(new Assessor("X", "甲局", AssessorKind.DEPARTMENT, ALL, ""),
                new Assessor("Y", "乙局", AssessorKind.DEPARTMENT, ALL, ""));
        List<Assignment> rows = List.of(
                new Assignment("A1", "X", ALL, CombinationRule.MEAN, null, false),
                new Assignment("A1", "Y", ALL, CombinationRule.MEAN, null, false),
                new Assignment("A2", "X", ALL, CombinationRule.WEIGHTED, new BigDecimal("0.7"), false),
                new Assignment("A2", "Y", ALL, CombinationRule.WEIGHTED, new BigDecimal("0.3"), false),
                new Assignment("A3", "X", ALL, CombinationRule.LEAD, null, true),
                new Assignment("A3", "Y", ALL, CombinationRule.LEAD, null, false),
                new Assignment("VP", "X", ALL, null, null, false));
        return new Plan(p.settings(), p.systems(), p.vetoes(), p.units(), p.lists(), org.shuangbai.plan.TaskList.NONE,
                new Assessors(bodies, java.util.stream.Stream.concat(rows.stream(), more.stream()).toList(), false));
    }

    /** One body's workbook: items "UNIT/FIELD=VALUE", cells numbered in the order given. */
    private static List<SheetValue> workbook(String body, long submission, String items) {
        List<SheetValue> values = new ArrayList<>();
        int row = 1;
        for (String item : items.trim().split("\\s+")) {
            String[] kv = item.split("=", 2);
            String unit = kv[0].substring(0, kv[0].indexOf('/'));
            values.add(new SheetValue(unit, body, submission, FieldKey.parse(kv[0]).orElseThrow(), kv[1],
                    body + ".xlsx", "甲", "D" + row++, "hash-" + body));
        }
        return values;
    }

    @Test
    void eachIndicatorIsCombinedByItsRuleAndNamesTheBodies() {
        List<SheetValue> bodies = new ArrayList<>();
        bodies.addAll(workbook("X", 1, "S01/A1.score=40 S01/A2.score=20 S01/A3.score=15 S01/A1.note=资料不全"
                + " S01/VP.answer=否 S02/A1.score=50 S02/A2.score=30 S02/A3.score=20 S02/VP.answer=是"));
        bodies.addAll(workbook("Y", 2, "S01/A1.score=45 S01/A2.score=30 S01/A3.score=10"));
        List<SheetValue> sheets = Fixtures.all(sheet("S01", "", 3, "A1.self=50 A2.self=30 A3.self=20 B1=80"),
                sheet("S02", "", 4, "B1=70"));

        Results results = Scoring.score(plan(), sheets, bodies, Set.of());

        UnitResult s01 = result(results, "A", "S01");
        assertEquals(UnitStatus.SCORED, s01.status(), s01.note());
        assertEquals("评分单位 2 个评分、本单位评分表 1 份", s01.note());
        // (40 + 45) / 2 = 42.50; 0.7 × 20 + 0.3 × 30 = 23.00; the lead's 15 (乙局's 10 shown, not counted)
        assertEquals(List.of("42.50", "23.00", "15.00"), s01.indicators().stream()
                .map(i -> i.score().toPlainString()).toList());
        assertEquals(new BigDecimal("80.50"), s01.total());
        assertEquals(new BigDecimal("100.00"), s01.selfTotal());
        IndicatorResult a1 = s01.indicators().get(0);
        assertEquals(List.of("甲局（X）", "乙局（Y）"), a1.scoreSources().stream().map(SourceCell::assessor).toList());
        assertEquals("X.xlsx", a1.scoreSources().get(0).sourceFile());
        assertEquals("D1", a1.scoreSources().get(0).cell());
        assertEquals("甲局（X）：资料不全", a1.notes());
        IndicatorResult a3 = s01.indicators().get(2);
        assertEquals(List.of("甲局（X）"), a3.scoreSources().stream().map(SourceCell::assessor).toList());
        assertEquals(List.of("乙局（Y）"), a3.droppedSources().stream().map(SourceCell::assessor).toList());
        // B1 has no body: the unit's score sheet, as in a plan without bodies
        assertEquals(new BigDecimal("80.00"), result(results, "B", "S01").total());
        assertTrue(s01.vetoes().isEmpty());
    }

    @Test
    void aMissingBodyScoreLeavesTheUnitNotScoredNamingTheBodyAndIndicator() {
        List<SheetValue> bodies = new ArrayList<>(workbook("X", 1,
                "S02/A1.score=50 S02/A2.score=30 S02/A3.score=20 S02/VP.answer=是 S02/VP.explain=未完成"));

        Results results = Scoring.score(plan(), List.of(), bodies, Set.of());

        UnitResult s02 = result(results, "A", "S02");
        assertEquals(UnitStatus.MISSING, s02.status());
        assertNull(s02.total());
        // 乙局 is not the lead of A3: its missing score is not owed
        assertEquals("尚未收到评分单位的评分（乙局（Y）：A1、乙局（Y）：A2），未计分", s02.note());
        // the veto a body found is recorded with its cell, whatever the scores
        assertEquals("VP", s02.vetoes().get(0).vetoCode());
        assertEquals("甲局（X）：未完成", s02.vetoes().get(0).explanation());
        assertEquals(UnitStatus.MISSING, result(results, "A", "S01").status());
    }

    @Test
    void aScoreFromTheImportedRatingsStandsForItsIndicatorWhereBodiesAreAssignedIt() {
        // regression: with both 公共评议 imports and bodies, A1's imported score was ignored and X, Y owed
        List<SheetValue> bodies = new ArrayList<>(workbook("X", 1, "S01/A2.score=20 S01/A3.score=15 S01/VP.answer=否"));
        bodies.addAll(workbook("Y", 2, "S01/A2.score=30"));
        List<SheetValue> sheets = Fixtures.all(sheet("S01", "", 3, "A1.self=50 A2.self=30 A3.self=20 B1=80"),
                sheet("S01", "公共评议原始数据", SheetValue.RAW_DATA, "A1=41.25"));

        UnitResult s01 = result(Scoring.score(plan(), sheets, bodies, Set.of()), "A", "S01");

        assertEquals(UnitStatus.SCORED, s01.status(), s01.note());
        assertEquals(List.of("41.25", "23.00", "15.00"), s01.indicators().stream()
                .map(i -> i.score().toPlainString()).toList());
        assertEquals(List.of("公共评议原始数据"), s01.indicators().get(0).scoreSources().stream()
                .map(SourceCell::assessor).toList());
    }

    @Test
    void anIndicatorWithOneBodyPerUnitIsNotListedUnderACombinationRule() {
        // regression: the 2009 plan's rules.txt listed 40 codes under 算术平均, 30 of them scored by one body each
        Plan plan = plan(List.of(new Assignment("B1", "X", ALL, CombinationRule.MEAN, null, false)));
        String sentence = RulesText.sentences(plan).stream().filter(s -> s.startsWith("评分单位评分"))
                .findFirst().orElseThrow();
        assertTrue(sentence.contains("算术平均（1 项：A1）；加权平均（1 项：A2）；以牵头单位为准（1 项：A3（牵头单位：甲局））；"
                + "其余 1 项指标对每个单位只有一个评分单位，取其得分。"), sentence);
    }

    @Test
    void theRulesTextNamesEachCombinationRuleAndItsIndicators() {
        String sentence = RulesText.sentences(plan()).stream().filter(s -> s.startsWith("评分单位评分"))
                .findFirst().orElseThrow();
        assertTrue(sentence.contains("算术平均（1 项：A1）；加权平均（1 项：A2）；以牵头单位为准（1 项：A3（牵头单位：甲局））"),
                sentence);
    }
}
