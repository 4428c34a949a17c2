package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shuangbai.plan.QuotaRounding.CEILING;
import static org.shuangbai.plan.QuotaRounding.FLOOR;
import static org.shuangbai.plan.QuotaRounding.HALF_UP;
import static org.shuangbai.plan.TieAtCut.EXCLUDE_ALL;
import static org.shuangbai.plan.TieAtCut.INCLUDE_ALL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;

/**
 * The commendation rule of one system (甲) and group (街乡), a literal group beside the exact explanation
 * the notice prints: places = scored units × 20%, rounded as the plan says; vetoed units count in the basis
 * but are skipped; a tie across the cut is settled by the plan's rule and said either way.
 *
 * <p>Input: "code=total …", a total followed by "v" for a unit a veto made ineligible, "-" for a unit
 * not scored.
 */
class CommendationRuleTest {

    private static Commendation select(QuotaRounding rounding, TieAtCut tie, String group) {
        Plan plan = Fixtures.small(Fixtures.rules(rounding, tie, RankTie.COMPETITION, Aggregation.MEAN, 2));
        List<UnitResult> units = new ArrayList<>();
        for (String item : group.trim().split("\\s+")) {
            String[] kv = item.split("=", 2);
            AssessedUnit unit = new AssessedUnit(kv[0], "单位" + kv[0], UnitGroup.STREET, "街道办事处");
            if (kv[1].equals("-")) {
                units.add(UnitResult.notScored(unit, "A", UnitStatus.MISSING, 0, List.of(), ""));
            } else {
                boolean vetoed = kv[1].endsWith("v");
                BigDecimal total = new BigDecimal(kv[1].replace("v", "")).setScale(2);
                units.add(UnitResult.scored(unit, "A", 1, List.of(), Map.of(), total, null, List.of(), !vetoed, "", ""));
            }
        }
        return CommendationRule.select(plan.system("A").orElseThrow(), UnitGroup.STREET, units, plan.settings().scoring());
    }

    /** n scored units S01… with totals 99, 98, … (no ties). */
    private static String descending(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(String.format("S%02d=%d ", i, 100 - i));
        }
        return sb.toString();
    }

    private static String firstSentence(Commendation c) {
        return c.explanation().substring(0, c.explanation().indexOf('。') + 1);
    }

    @Test
    void placesAreTheBasisTimesTwentyPercentRoundedAsThePlanSays() {
        assertEquals("街乡组甲：已计分单位43个，名额 = 43 × 20% = 8.6，四舍五入为9个。", firstSentence(select(HALF_UP, INCLUDE_ALL, descending(43))));
        assertEquals("街乡组甲：已计分单位43个，名额 = 43 × 20% = 8.6，向下取整为8个。", firstSentence(select(FLOOR, INCLUDE_ALL, descending(43))));
        assertEquals("街乡组甲：已计分单位43个，名额 = 43 × 20% = 8.6，向上取整为9个。", firstSentence(select(CEILING, INCLUDE_ALL, descending(43))));
        assertEquals("街乡组甲：已计分单位12个，名额 = 12 × 20% = 2.4，四舍五入为2个。", firstSentence(select(HALF_UP, INCLUDE_ALL, descending(12))));
        assertEquals("街乡组甲：已计分单位12个，名额 = 12 × 20% = 2.4，向下取整为2个。", firstSentence(select(FLOOR, INCLUDE_ALL, descending(12))));
        assertEquals("街乡组甲：已计分单位12个，名额 = 12 × 20% = 2.4，向上取整为3个。", firstSentence(select(CEILING, INCLUDE_ALL, descending(12))));
        assertEquals("街乡组甲：已计分单位10个，名额 = 10 × 20% = 2，向上取整为2个。", firstSentence(select(CEILING, INCLUDE_ALL, descending(10))));
        assertEquals(List.of("S01", "S02", "S03"), select(CEILING, INCLUDE_ALL, descending(12)).unitCodes());
    }

    @Test
    void noTieAtTheCut() {
        Commendation c = select(HALF_UP, INCLUDE_ALL, "S01=95 S02=92 S03=91.9 S04=91.9 S05=80");
        assertEquals("街乡组甲：已计分单位5个，名额 = 5 × 20% = 1，四舍五入为1个。"
                + "在可参评单位中按总分从高到低取前1个，名额线上无并列。先进单位：单位S01（S01）。", c.explanation());
        assertEquals(List.of("S01"), c.unitCodes());
    }

    @Test
    void tiedAtTheCutIncludeAll() {
        Commendation c = select(HALF_UP, INCLUDE_ALL, "S01=95 S02=92 S03=92 S04=92 S05=85 S06=80 S07=79 S08=78 S09=77 S10=76");
        assertEquals("街乡组甲：已计分单位10个，名额 = 10 × 20% = 2，四舍五入为2个。"
                + "名额线上3个单位总分并列（92.00分：单位S02（S02）、单位S03（S03）、单位S04（S04）），争夺剩余1个名额；"
                + "按“并列者全部入选”规则，并列单位全部入选，共4个，超出名额2个。"
                + "先进单位：单位S01（S01）、单位S02（S02）、单位S03（S03）、单位S04（S04）。", c.explanation());
        assertEquals(List.of("S01", "S02", "S03", "S04"), c.unitCodes());
    }

    @Test
    void tiedAtTheCutExcludeAll() {
        Commendation c = select(HALF_UP, EXCLUDE_ALL, "S01=95 S02=92 S03=92 S04=92 S05=85 S06=80 S07=79 S08=78 S09=77 S10=76");
        assertEquals("街乡组甲：已计分单位10个，名额 = 10 × 20% = 2，四舍五入为2个。"
                + "名额线上3个单位总分并列（92.00分：单位S02（S02）、单位S03（S03）、单位S04（S04）），争夺剩余1个名额；"
                + "按“并列者均不入选”规则，并列单位均不入选，共1个，少于名额1个。"
                + "先进单位：单位S01（S01）。", c.explanation());
        assertEquals(List.of("S01"), c.unitCodes());
    }

    @Test
    void everyoneTiedAndExcludedLeavesNoCommendedUnit() {
        Commendation c = select(HALF_UP, EXCLUDE_ALL, "S01=90 S02=90 S03=90 S04=90 S05=90");
        assertEquals("街乡组甲：已计分单位5个，名额 = 5 × 20% = 1，四舍五入为1个。"
                + "名额线上5个单位总分并列（90.00分：单位S01（S01）、单位S02（S02）、单位S03（S03）、单位S04（S04）、单位S05（S05）），"
                + "争夺剩余1个名额；按“并列者均不入选”规则，并列单位均不入选，共0个，少于名额1个。", c.explanation());
        assertEquals(List.of(), c.unitCodes());
    }

    @Test
    void vetoedUnitsCountInTheBasisButAreSkipped() {
        // S01 has the highest total but a veto removed its eligibility; S03 too.
        Commendation c = select(HALF_UP, INCLUDE_ALL, "S01=98v S02=93 S03=91v S04=85 S05=70");
        assertEquals("街乡组甲：已计分单位5个，名额 = 5 × 20% = 1，四舍五入为1个。"
                + "因一票否决不参加评选：单位S01（S01）、单位S03（S03）。"
                + "在可参评单位中按总分从高到低取前1个，名额线上无并列。先进单位：单位S02（S02）。", c.explanation());
        assertEquals(List.of("S02"), c.unitCodes());
        assertEquals(List.of("S01", "S03"), c.excludedByVeto());
        assertEquals(5, c.basis());
    }

    @Test
    void fewerEligibleUnitsThanPlaces() {
        Commendation c = select(HALF_UP, INCLUDE_ALL, "S01=98v S02=93v S03=91v S04=85v S05=70v S06=60v S07=59v S08=58v S09=57 S10=56v");
        assertEquals("街乡组甲：已计分单位10个，名额 = 10 × 20% = 2，四舍五入为2个。"
                + "因一票否决不参加评选：单位S01（S01）、单位S02（S02）、单位S03（S03）、单位S04（S04）、单位S05（S05）、"
                + "单位S06（S06）、单位S07（S07）、单位S08（S08）、单位S10（S10）。"
                + "可参评单位仅1个，全部入选，少于名额1个。先进单位：单位S09（S09）。", c.explanation());
        assertEquals("街乡组甲：已计分单位5个，名额 = 5 × 20% = 1，向上取整为1个。"
                + "因一票否决不参加评选：单位S01（S01）、单位S02（S02）、单位S03（S03）、单位S04（S04）。"
                + "可参评单位1个，全部入选。先进单位：单位S05（S05）。",
                select(CEILING, INCLUDE_ALL, "S01=98v S02=93v S03=91v S04=85v S05=70").explanation());
    }

    @Test
    void unitsNotScoredAreLeftOutOfTheBasis() {
        Commendation c = select(HALF_UP, INCLUDE_ALL, "S01=95 S02=90 S03=85 S04=- S05=-");
        assertEquals("街乡组甲：已计分单位3个，名额 = 3 × 20% = 0.6，四舍五入为1个（未计分单位2个不计入基数）。"
                + "在可参评单位中按总分从高到低取前1个，名额线上无并列。先进单位：单位S01（S01）。", c.explanation());
        assertEquals("街乡组甲：已计分单位0个，名额 = 0 × 20% = 0，四舍五入为0个（未计分单位2个不计入基数）。"
                + "本组无已计分单位，不评选先进单位。", select(HALF_UP, INCLUDE_ALL, "S01=- S02=-").explanation());
    }

    @Test
    void noPlacesNoCommendation() {
        assertEquals("街乡组甲：已计分单位2个，名额 = 2 × 20% = 0.4，四舍五入为0个。名额为0，本组不评选先进单位。",
                select(HALF_UP, INCLUDE_ALL, "S01=95 S02=90").explanation());
        assertEquals(List.of("S01"), select(CEILING, INCLUDE_ALL, "S01=95 S02=90").unitCodes());
    }
}
