package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shuangbai.scoring.Fixtures.all;
import static org.shuangbai.scoring.Fixtures.sheet;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;

/** The figures a letter compares a unit with and the notice reports: literal sheets beside exact figures. */
class StatisticsTest {
    private final Results results = Scoring.score(
            Fixtures.small(Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL, RankTie.COMPETITION,
                    Aggregation.MEAN, 2), "S01", "S02", "S03", "D01"),
            all(sheet("S01", "检查组", 1, "A1=50 A2=30 A3=20 B1=90"),
                    sheet("S02", "检查组", 2, "A1=40 A2=25 A3=10 B1=81"),
                    // S03 sends nothing: not scored, not counted
                    sheet("D01", "检查组", 3, "A1=45 A2=30 A3=20 B1=70")),
            Set.of());

    @Test
    void aGroupCountsOnlyItsScoredUnits() {
        Statistics streets = results.group("A", UnitGroup.STREET);
        assertEquals(2, streets.count());
        assertEquals(new BigDecimal("87.50"), streets.averageTotal());
        assertEquals(new BigDecimal("100.00"), streets.highestTotal());
        assertEquals(new BigDecimal("75.00"), streets.lowestTotal());
        assertEquals(Map.of("A-C1", new BigDecimal("72.50"), "A-C2", new BigDecimal("15.00")),
                streets.categoryAverages());
    }

    @Test
    void aSystemCountsEveryGroup() {
        assertEquals(3, results.system("A").count());
        assertEquals(new BigDecimal("90.00"), results.system("A").averageTotal());
        // (90 + 81 + 70) / 3 = 80.333…, rounded once
        assertEquals(new BigDecimal("80.33"), results.system("B").averageTotal());
        assertEquals(1, results.group("B", UnitGroup.DEPARTMENT).count());
    }

    @Test
    void noScoredUnitHasNoFigures() {
        Results none = Scoring.score(Fixtures.small(Fixtures.rules(), "S01"), java.util.List.of(), Set.of());
        assertEquals(Statistics.NONE, none.group("A", UnitGroup.STREET));
        assertEquals(Statistics.NONE, none.system("B"));
    }
}
