package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.scoring.Fixtures.all;
import static org.shuangbai.scoring.Fixtures.commendation;
import static org.shuangbai.scoring.Fixtures.result;
import static org.shuangbai.scoring.Fixtures.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.VetoEffect;

/**
 * Golden cases computed by hand. System A: A1 (50) + A2 (30) in A-C1, A3 (20) in A-C2; system B:
 * B1 (100). Bands 优秀≥90, 良好≥80, 一般≥60, 较差≥0; quota 20%.
 */
class ScoringTest {

    private static ScoringRules rules(QuotaRounding rounding, TieAtCut tie) {
        return Fixtures.rules(rounding, tie, RankTie.COMPETITION, Aggregation.MEAN, 2);
    }

    /** A sheet from 检查组 whose A total is {@code total}: A1 = total - 50, A2 = 30, A3 = 20. */
    private static List<SheetValue> totalA(String unit, String total, String extra) {
        String a1 = new BigDecimal(total).subtract(new BigDecimal("50")).toPlainString();
        return sheet(unit, "检查组", 1, "A1=" + a1 + " A2=30 A3=20 B1=80 " + extra);
    }

    private static Map<String, Integer> ranks(Results r, String system) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        r.units().stream().filter(u -> u.systemCode().equals(system)).forEach(u -> ranks.put(u.unit().code(), u.rank()));
        return ranks;
    }

    private static final String[] TEN = {"S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10"};

    /** S01 95; S02, S03, S04 92; S05 85; S06..S10 80..76. 10 × 20% = 2 places; the 2nd and 3rd place tie at 92. */
    private static List<SheetValue> tieAtCutInput() {
        return all(totalA("S01", "95", ""), totalA("S02", "92", ""), totalA("S03", "92", ""), totalA("S04", "92", ""),
                totalA("S05", "85", ""), totalA("S06", "80", ""), totalA("S07", "79", ""), totalA("S08", "78", ""),
                totalA("S09", "77", ""), totalA("S10", "76", ""));
    }

    @Test
    void tieAtTheCutIncludeAll() {
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL), TEN),
                tieAtCutInput(), Set.of());
        Commendation c = commendation(r, "A", UnitGroup.STREET);
        assertEquals(10, c.basis());
        assertEquals("2", c.exactQuota().toPlainString());
        assertEquals(2, c.quota());
        assertEquals(List.of("S01", "S02", "S03", "S04"), c.unitCodes());
        assertEquals("街乡组甲：已计分单位10个，名额 = 10 × 20% = 2，四舍五入为2个。"
                + "名额线上3个单位总分并列（92.00分：单位S02（S02）、单位S03（S03）、单位S04（S04）），争夺剩余1个名额；"
                + "按“并列者全部入选”规则，并列单位全部入选，共4个，超出名额2个。"
                + "先进单位：单位S01（S01）、单位S02（S02）、单位S03（S03）、单位S04（S04）。", c.explanation());
        assertEquals(List.of(1, 2, 2, 2, 5, 6, 7, 8, 9, 10), new ArrayList<>(ranks(r, "A").values()));
        assertTrue(result(r, "A", "S04").commended());
        assertFalse(result(r, "A", "S05").commended());
    }

    @Test
    void tieAtTheCutExcludeAll() {
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.EXCLUDE_ALL), TEN),
                tieAtCutInput(), Set.of());
        Commendation c = commendation(r, "A", UnitGroup.STREET);
        assertEquals(List.of("S01"), c.unitCodes());
        assertEquals("街乡组甲：已计分单位10个，名额 = 10 × 20% = 2，四舍五入为2个。"
                + "名额线上3个单位总分并列（92.00分：单位S02（S02）、单位S03（S03）、单位S04（S04）），争夺剩余1个名额；"
                + "按“并列者均不入选”规则，并列单位均不入选，共1个，少于名额1个。"
                + "先进单位：单位S01（S01）。", c.explanation());
        assertFalse(result(r, "A", "S02").commended());
    }

    @Test
    void noTieJustAboveTheCut() {
        // S02 92, S03 91.9: the cut falls between them, nothing is tied.
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.EXCLUDE_ALL), TEN),
                all(totalA("S01", "95", ""), totalA("S02", "92", ""), totalA("S03", "91.9", ""), totalA("S04", "91.9", ""),
                        totalA("S05", "85", ""), totalA("S06", "80", ""), totalA("S07", "79", ""), totalA("S08", "78", ""),
                        totalA("S09", "77", ""), totalA("S10", "76", "")), Set.of());
        Commendation c = commendation(r, "A", UnitGroup.STREET);
        assertEquals(List.of("S01", "S02"), c.unitCodes());
        assertTrue(c.explanation().contains("在可参评单位中按总分从高到低取前2个，名额线上无并列。"), c.explanation());
    }

    /** Builds 43 streets and 48 departments of the bundled plan, every indicator at max, EFF-14 minus 0.1 × position. */
    private static List<SheetValue> fullMarksMinusPosition(Plan plan) {
        List<SheetValue> values = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            int i = 0;
            for (var unit : plan.units(g)) {
                StringBuilder items = new StringBuilder();
                for (var ind : (Iterable<org.shuangbai.plan.Indicator>) plan.indicators()::iterator) {
                    BigDecimal v = ind.maxScore();
                    if (ind.code().equals("EFF-14")) {
                        v = v.subtract(new BigDecimal("0.1").multiply(BigDecimal.valueOf(i)));
                    }
                    items.append(ind.code()).append("=").append(v.toPlainString()).append(' ');
                }
                values.addAll(sheet(unit.code(), "检查组", 1, items.toString()));
                i++;
            }
        }
        return values;
    }

    @Test
    void quotaRoundingFor43And48UnitsHalfUp() {
        Plan plan = Fixtures.withRules(Fixtures.bundled(), rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL));
        assertEquals(43, plan.units(UnitGroup.STREET).size());
        assertEquals(48, plan.units(UnitGroup.DEPARTMENT).size());
        Results r = Scoring.score(plan, fullMarksMinusPosition(plan), Set.of());
        Commendation streets = commendation(r, "EFFICIENCY", UnitGroup.STREET);
        assertEquals(43, streets.basis());
        assertEquals("8.6", streets.exactQuota().toPlainString());
        assertEquals(9, streets.quota());
        assertEquals(List.of("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09"), streets.unitCodes());
        Commendation depts = commendation(r, "EFFICIENCY", UnitGroup.DEPARTMENT);
        assertEquals(48, depts.basis());
        assertEquals("9.6", depts.exactQuota().toPlainString());
        assertEquals(10, depts.quota());
        assertEquals(List.of("D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10"), depts.unitCodes());
        // ENVIRONMENT: all 100, everyone tied at the cut; INCLUDE_ALL commends the whole group.
        assertEquals(43, commendation(r, "ENVIRONMENT", UnitGroup.STREET).unitCodes().size());
    }

    @Test
    void quotaRoundingFor43And48UnitsFloor() {
        Plan plan = Fixtures.withRules(Fixtures.bundled(), rules(QuotaRounding.FLOOR, TieAtCut.INCLUDE_ALL));
        Results r = Scoring.score(plan, fullMarksMinusPosition(plan), Set.of());
        Commendation streets = commendation(r, "EFFICIENCY", UnitGroup.STREET);
        assertEquals(8, streets.quota());
        assertEquals(List.of("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08"), streets.unitCodes());
        assertTrue(streets.explanation().startsWith("街乡组效能监察：已计分单位43个，名额 = 43 × 20% = 8.6，向下取整为8个。"),
                streets.explanation());
        Commendation depts = commendation(r, "EFFICIENCY", UnitGroup.DEPARTMENT);
        assertEquals(9, depts.quota());
        assertEquals(9, depts.unitCodes().size());
        assertEquals("99.10", result(r, "EFFICIENCY", "S10").total().toPlainString());
    }

    @Test
    void vetoedUnitWithTheHighestTotal() {
        // S01 98 with VL=是 (取消评优资格); S02 93, S03 91, S04 85, S05 70. 5 × 20% = 1 place.
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL),
                        "S01", "S02", "S03", "S04", "S05"),
                all(sheet("S01", "检查组", 1, "A1=48 A2=30 A3=20 B1=99 VL=是 VL.explain=发生重大安全责任事故"),
                        totalA("S02", "93", "VL=否"), totalA("S03", "91", ""), totalA("S04", "85", ""),
                        totalA("S05", "70", "")), Set.of());
        UnitResult s01 = result(r, "A", "S01");
        assertEquals("98.00", s01.total().toPlainString());
        assertEquals(1, s01.rank());
        assertEquals("良好", s01.grade());
        assertFalse(s01.eligible());
        assertFalse(s01.commended());
        assertEquals(1, s01.vetoes().size());
        VetoFinding v = s01.vetoes().get(0);
        assertEquals("VL", v.vetoCode());
        assertEquals(VetoEffect.LOSE_EXCELLENCE, v.effect());
        assertEquals("检查组：发生重大安全责任事故", v.explanation());
        assertEquals(List.of("检查组 S01_检查组.xlsx!考核评分表!C5=是"), v.sources());
        assertEquals("有效评分表 1 份；总分达到优秀分数线，因一票否决（取消评优资格）定为良好", s01.note());

        Commendation c = commendation(r, "A", UnitGroup.STREET);
        assertEquals(5, c.basis());
        assertEquals(1, c.quota());
        assertEquals(List.of("S02"), c.unitCodes());
        assertEquals(List.of("S01"), c.excludedByVeto());
        assertEquals("街乡组甲：已计分单位5个，名额 = 5 × 20% = 1，四舍五入为1个。因一票否决不参加评选：单位S01（S01）。"
                + "在可参评单位中按总分从高到低取前1个，名额线上无并列。先进单位：单位S02（S02）。", c.explanation());
        assertEquals("优秀", result(r, "A", "S02").grade());
        // The veto applies to system A only: in B the same unit stays eligible and is commended.
        UnitResult s01b = result(r, "B", "S01");
        assertTrue(s01b.vetoes().isEmpty());
        assertTrue(s01b.eligible());
        assertTrue(s01b.commended());
    }

    @Test
    void vetoThatRemovesEligibilityVersusOneThatSetsPoor() {
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL),
                        "D01", "D02", "D03", "D04"),
                all(totalA("D01", "95", "VP=否"),
                        sheet("D01", "主管领导", 7, "A1=45 A2=30 A3=20 B1=80 VP=是 VP.explain=折子工程未完成"),
                        totalA("D02", "95", "VL=是"),
                        totalA("D03", "85", "VL=是"),
                        totalA("D04", "95", "VP=否 VL=否")), Set.of());
        UnitResult d01 = result(r, "A", "D01");
        assertEquals("较差", d01.grade());
        assertEquals("95.00", d01.total().toPlainString());
        assertFalse(d01.eligible());
        assertEquals(List.of("主管领导 D01_主管领导.xlsx!考核评分表!C5=是"), d01.vetoes().get(0).sources());
        assertEquals(VetoEffect.GRADE_POOR, d01.vetoes().get(0).effect());
        UnitResult d02 = result(r, "A", "D02");
        assertEquals("良好", d02.grade());
        assertFalse(d02.eligible());
        UnitResult d03 = result(r, "A", "D03");
        assertEquals("良好", d03.grade());
        assertFalse(d03.eligible());
        assertEquals("有效评分表 1 份；一票否决（取消评优资格），不得评优", d03.note());
        UnitResult d04 = result(r, "A", "D04");
        assertEquals("优秀", d04.grade());
        assertTrue(d04.eligible());
        // Ranks ignore vetoes: D01, D02, D04 tie at 95.
        assertEquals(List.of(1, 1, 4, 1), new ArrayList<>(ranks(r, "A").values()));
        assertEquals(List.of("D04"), commendation(r, "A", UnitGroup.DEPARTMENT).unitCodes());
    }

    @Test
    void everyUnitTied() {
        String[] five = {"S01", "S02", "S03", "S04", "S05"};
        List<SheetValue> input = all(totalA("S01", "90", ""), totalA("S02", "90", ""), totalA("S03", "90", ""),
                totalA("S04", "90", ""), totalA("S05", "90", ""));
        Results include = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL), five),
                input, Set.of());
        assertEquals(List.of(1, 1, 1, 1, 1), new ArrayList<>(ranks(include, "A").values()));
        Commendation c = commendation(include, "A", UnitGroup.STREET);
        assertEquals(1, c.quota());
        assertEquals(List.of("S01", "S02", "S03", "S04", "S05"), c.unitCodes());
        assertTrue(c.explanation().contains("名额线上5个单位总分并列（90.00分：单位S01（S01）、单位S02（S02）、单位S03（S03）、"
                + "单位S04（S04）、单位S05（S05）），争夺剩余1个名额；按“并列者全部入选”规则，并列单位全部入选，共5个，超出名额4个。"),
                c.explanation());

        Results exclude = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.EXCLUDE_ALL), five),
                input, Set.of());
        Commendation none = commendation(exclude, "A", UnitGroup.STREET);
        assertEquals(List.of(), none.unitCodes());
        assertTrue(none.explanation().endsWith("按“并列者均不入选”规则，并列单位均不入选，共0个，少于名额1个。"),
                none.explanation());

        Results dense = Scoring.score(Fixtures.small(Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL,
                RankTie.DENSE, Aggregation.MEAN, 2), five), input, Set.of());
        assertEquals(List.of(1, 1, 1, 1, 1), new ArrayList<>(ranks(dense, "A").values()));
    }

    @Test
    void denseAndCompetitionRanks() {
        String[] five = {"S01", "S02", "S03", "S04", "S05"};
        List<SheetValue> input = all(totalA("S01", "95", ""), totalA("S02", "90", ""), totalA("S03", "90", ""),
                totalA("S04", "85", ""), totalA("S05", "80", ""));
        Results comp = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL), five), input, Set.of());
        assertEquals(List.of(1, 2, 2, 4, 5), new ArrayList<>(ranks(comp, "A").values()));
        Results dense = Scoring.score(Fixtures.small(Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL,
                RankTie.DENSE, Aggregation.MEAN, 2), five), input, Set.of());
        assertEquals(List.of(1, 2, 2, 3, 4), new ArrayList<>(ranks(dense, "A").values()));
    }

    @Test
    void groupOfOne() {
        List<SheetValue> input = all(totalA("S01", "90", ""), totalA("S02", "85", ""), totalA("D01", "72.5", ""));
        Results halfUp = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL),
                "S01", "S02", "D01"), input, Set.of());
        UnitResult d01 = result(halfUp, "A", "D01");
        assertEquals(1, d01.rank());
        assertEquals("一般", d01.grade());
        Commendation c = commendation(halfUp, "A", UnitGroup.DEPARTMENT);
        assertEquals(1, c.basis());
        assertEquals("0.2", c.exactQuota().toPlainString());
        assertEquals(0, c.quota());
        assertEquals(List.of(), c.unitCodes());
        assertEquals("委办局组甲：已计分单位1个，名额 = 1 × 20% = 0.2，四舍五入为0个。名额为0，本组不评选先进单位。",
                c.explanation());

        Results ceiling = Scoring.score(Fixtures.small(rules(QuotaRounding.CEILING, TieAtCut.INCLUDE_ALL),
                "S01", "S02", "D01"), input, Set.of());
        Commendation one = commendation(ceiling, "A", UnitGroup.DEPARTMENT);
        assertEquals(1, one.quota());
        assertEquals(List.of("D01"), one.unitCodes());
        assertEquals("委办局组甲：已计分单位1个，名额 = 1 × 20% = 0.2，向上取整为1个。可参评单位1个，全部入选。"
                + "先进单位：单位D01（D01）。", one.explanation());
    }

    @Test
    void missingAndRejectedSheets() {
        // S04 never returned; S05 returned and rejected; S03 was rejected once but has a current sheet now.
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL),
                        "S01", "S02", "S03", "S04", "S05"),
                all(totalA("S01", "95", ""), totalA("S02", "90", ""), totalA("S03", "85", "")),
                Set.of("S03", "S05"));
        UnitResult s04 = result(r, "A", "S04");
        assertEquals(UnitStatus.MISSING, s04.status());
        assertNull(s04.total());
        assertNull(s04.selfTotal());
        assertNull(s04.grade());
        assertNull(s04.rank());
        assertTrue(s04.categoryTotals().isEmpty());
        assertFalse(s04.commended());
        assertEquals("尚未收到有效评分表，未计分", s04.note());
        UnitResult s05 = result(r, "A", "S05");
        assertEquals(UnitStatus.REJECTED, s05.status());
        assertNull(s05.total());
        assertEquals(UnitStatus.REJECTED, result(r, "B", "S05").status());
        assertEquals(UnitStatus.SCORED, result(r, "A", "S03").status());
        assertEquals(3, result(r, "A", "S03").rank());
        Commendation c = commendation(r, "A", UnitGroup.STREET);
        assertEquals(3, c.basis());
        assertEquals("0.6", c.exactQuota().toPlainString());
        assertEquals(1, c.quota());
        assertEquals(List.of("S01"), c.unitCodes());
        assertEquals("街乡组甲：已计分单位3个，名额 = 3 × 20% = 0.6，四舍五入为1个（未计分单位2个不计入基数）。"
                + "在可参评单位中按总分从高到低取前1个，名额线上无并列。先进单位：单位S01（S01）。", c.explanation());
        // Listed, never dropped.
        assertEquals(10, r.units().size());
    }

    @Test
    void sheetWithoutSomeScoreIsNotScoredNotZero() {
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL), "S01"),
                sheet("S01", "检查组", 1, "A1=45 A3=20 B1=80"), Set.of());
        UnitResult a = result(r, "A", "S01");
        assertEquals(UnitStatus.MISSING, a.status());
        assertNull(a.total());
        assertEquals("评分表缺少指标 A2 的考核得分，未计分；请核对评分表后重新回收", a.note());
        assertEquals("80.00", result(r, "B", "S01").total().toPlainString());
    }

    @Test
    void twoAssessorsMean() {
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL), "S01"),
                all(sheet("S01", "检查组", 1, "A1=45 A2=28.5 A3=17 B1=80 A1.self=48 A2.self=30 A3.self=20 A1.note=台账不全"),
                        sheet("S01", "主管领导", 2, "A1=46 A2=29 A3=18 B1=81 A1.self=48 A2.self=30 A3.self=20")),
                Set.of());
        UnitResult u = result(r, "A", "S01");
        assertEquals(2, u.sheetCount());
        IndicatorResult a1 = u.indicators().get(0);
        assertEquals("45.50", a1.score().toPlainString());
        assertEquals("48.00", a1.selfScore().toPlainString());
        assertEquals("-2.50", a1.difference().toPlainString());
        assertEquals("检查组：台账不全", a1.notes());
        assertEquals(List.of("主管领导", "检查组"), a1.scoreSources().stream().map(SourceCell::assessor).toList());
        assertEquals("28.75", u.indicators().get(1).score().toPlainString());
        assertEquals("17.50", u.indicators().get(2).score().toPlainString());
        assertEquals(Map.of("A-C1", new BigDecimal("74.25"), "A-C2", new BigDecimal("17.50")), u.categoryTotals());
        assertEquals("91.75", u.total().toPlainString());
        assertEquals("98.00", u.selfTotal().toPlainString());
        assertEquals("80.50", result(r, "B", "S01").total().toPlainString());
    }

    private static List<SheetValue> fiveAssessors() {
        return all(sheet("S01", "检查组", 1, "A1=40 A2=30 A3=20 B1=80"),
                sheet("S01", "主管领导", 2, "A1=42 A2=30 A3=20 B1=80"),
                sheet("S01", "民主评议", 3, "A1=44 A2=30 A3=20 B1=80"),
                sheet("S01", "网上评议", 4, "A1=46 A2=30 A3=20 B1=80"),
                sheet("S01", "职能部门", 5, "A1=50 A2=29 A3=20 B1=80"));
    }

    @Test
    void fiveAssessorsTrimmedMean() {
        Results r = Scoring.score(Fixtures.small(Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL,
                RankTie.COMPETITION, Aggregation.TRIMMED_MEAN, 2), "S01"), fiveAssessors(), Set.of());
        IndicatorResult a1 = result(r, "A", "S01").indicators().get(0);
        // 40, 42, 44, 46, 50: drop 50 (职能部门) and 40 (检查组); (42 + 44 + 46) / 3 = 44.
        assertEquals("44.00", a1.score().toPlainString());
        assertEquals(List.of("职能部门", "检查组"), a1.droppedSources().stream().map(SourceCell::assessor).toList());
        assertEquals(List.of("主管领导", "民主评议", "网上评议"), a1.scoreSources().stream().map(SourceCell::assessor).toList());
        // A2: 30, 30, 30, 30, 29: drop the 29 and one 30; among equal figures the highest is the last in
        // assessor (code point) order 主管领导 < 检查组 < 民主评议 < 网上评议, so 网上评议 is dropped.
        IndicatorResult a2 = result(r, "A", "S01").indicators().get(1);
        assertEquals("30.00", a2.score().toPlainString());
        assertEquals(List.of("网上评议", "职能部门"), a2.droppedSources().stream().map(SourceCell::assessor).toList());
        assertEquals("94.00", result(r, "A", "S01").total().toPlainString());
    }

    @Test
    void fiveAssessorsPlainMean() {
        Results r = Scoring.score(Fixtures.small(rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL), "S01"),
                fiveAssessors(), Set.of());
        IndicatorResult a1 = result(r, "A", "S01").indicators().get(0);
        // (40 + 42 + 44 + 46 + 50) / 5 = 44.4
        assertEquals("44.40", a1.score().toPlainString());
        assertTrue(a1.droppedSources().isEmpty());
        // A2: (30 × 4 + 29) / 5 = 29.8
        assertEquals("94.20", result(r, "A", "S01").total().toPlainString());
    }

    @Test
    void trimmedMeanBelowTheMinimumSheetsIsAPlainMean() {
        Results r = Scoring.score(Fixtures.small(Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL,
                RankTie.COMPETITION, Aggregation.TRIMMED_MEAN, 2), "S01"),
                all(sheet("S01", "检查组", 1, "A1=45 A2=30 A3=20 B1=80"),
                        sheet("S01", "主管领导", 2, "A1=45 A2=30 A3=20 B1=80"),
                        sheet("S01", "民主评议", 3, "A1=46 A2=30 A3=20 B1=80")), Set.of());
        IndicatorResult a1 = result(r, "A", "S01").indicators().get(0);
        // (45 + 45 + 46) / 3 = 45.333… → 45.33 (HALF_UP, 2 places); total sums the rounded figure.
        assertEquals("45.33", a1.score().toPlainString());
        assertTrue(a1.droppedSources().isEmpty());
        assertEquals("95.33", result(r, "A", "S01").total().toPlainString());
    }

    @Test
    void roundingHalfUpAtOneDecimal() {
        Results r = Scoring.score(Fixtures.small(Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL,
                RankTie.COMPETITION, Aggregation.MEAN, 1), "S01"),
                all(sheet("S01", "检查组", 1, "A1=45.5 A2=29.5 A3=19.5 B1=80"),
                        sheet("S01", "主管领导", 2, "A1=45.6 A2=29.6 A3=19.6 B1=80")), Set.of());
        // 45.55 → 45.6, 29.55 → 29.6, 19.55 → 19.6: total 94.8 (not the 94.7 of rounding 94.65 once).
        assertEquals("94.8", result(r, "A", "S01").total().toPlainString());
    }

    @Test
    void oneDecimalScoresAddUpExactly() {
        Plan plan = Fixtures.bundled();
        StringBuilder items = new StringBuilder();
        plan.indicators().forEach(i -> items.append(i.code()).append('=')
                .append(i.maxScore().subtract(new BigDecimal("0.1")).toPlainString()).append(' '));
        Results r = Scoring.score(plan, sheet("S01", "检查组", 1, items.toString()), Set.of());
        // 15 indicators × 0.1 below max = 98.5; 26 × 0.1 = 97.4. A double sum of 0.1 steps would drift.
        assertEquals("98.50", result(r, "EFFICIENCY", "S01").total().toPlainString());
        assertEquals("97.40", result(r, "ENVIRONMENT", "S01").total().toPlainString());
        // EFF-C1 = EFF-01..04 (3 + 1 + 1 + 1) each 0.1 below max: 5.6
        assertEquals("5.60", result(r, "EFFICIENCY", "S01").categoryTotals().get("EFF-C1").toPlainString());
    }

    @Test
    void rulesAreStatedInChinese() {
        Results r = Scoring.score(Fixtures.bundled(), List.of(), Set.of());
        assertEquals(9, r.rules().size());
        assertEquals("等次：总分≥90分为优秀，总分≥80分为良好，总分≥60分为一般，总分≥0分为较差。", r.rules().get(6));
        assertEquals("先进单位：按指标体系、分组分别评选；名额 = 本组已计分单位数（含被一票否决的单位）× 20%，四舍五入取整；"
                + "在已计分且未被一票否决的单位中按总分从高到低选取；名额线上总分并列时并列者全部入选（入选数可超过名额）。",
                r.rules().get(8));
        assertTrue(r.rules().get(4).contains("第1类（V1）评为较差，适用于效能监察；第2类（V2）取消评优资格，适用于效能监察"),
                r.rules().get(4));
        // Nobody returned anything: every unit listed as not scored, no commended unit anywhere.
        assertTrue(r.units().stream().allMatch(u -> u.status() == UnitStatus.MISSING && u.total() == null));
        assertTrue(r.commendations().stream().allMatch(c -> c.unitCodes().isEmpty() && c.basis() == 0));
    }
}
