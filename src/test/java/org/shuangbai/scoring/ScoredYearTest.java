package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.scoring.Fixtures.all;
import static org.shuangbai.scoring.Fixtures.sheet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.TieAtCut;

/**
 * A year scored unit by unit gives what scoring all values at once gives: the same summaries, ranks,
 * 先进单位 and statistics, and for each unit the same whole result when it is asked for again.
 * Streets S01 95 (VL found: loses excellence), S02 and S03 92, S04 85, S05 with no sheet (returned to it),
 * S06 with no sheet; departments D01 88 (two assessors), D02 70.
 */
class ScoredYearTest {
    private static final Plan PLAN = Fixtures.small(
            Fixtures.rules(QuotaRounding.HALF_UP, TieAtCut.INCLUDE_ALL, RankTie.COMPETITION, Aggregation.MEAN, 2),
            "S01", "S02", "S03", "S04", "S05", "S06", "D01", "D02");
    private static final List<SheetValue> VALUES = all(
            sheet("S01", "检查组", 1, "A1=45 A2=30 A3=20 B1=80 VL=是 VL.explain=事故一起"),
            sheet("S02", "检查组", 2, "A1=42 A2=30 A3=20 B1=90 A1.note=资料不全"),
            sheet("S03", "检查组", 3, "A1=42 A2=30 A3=20 B1=70"),
            sheet("S04", "检查组", 4, "A1=35 A2=30 A3=20 B1=60"),
            sheet("D01", "检查组", 5, "A1=40 A2=28 A3=20 B1=85"),
            sheet("D01", "督查室", 6, "A1=38 A2=30 A3=20 B1=87"),
            sheet("D02", "检查组", 7, "A1=30 A2=20 A3=20 B1=50"));
    private static final Set<String> REJECTED = Set.of("S05");

    /** The units' inputs from the same values, grouped by unit, counting the reads. */
    private static ScoredYear.Inputs inputs(AtomicInteger reads) {
        Map<String, List<SheetValue>> byUnit = VALUES.stream().collect(Collectors.groupingBy(SheetValue::unitCode));
        return unit -> {
            reads.incrementAndGet();
            return new ScoredYear.UnitInputs(byUnit.getOrDefault(unit.code(), List.of()), List.of(),
                    REJECTED.contains(unit.code()));
        };
    }

    @Test
    void unitByUnitRanksAsTheWholeYearDoes() {
        Results whole = Scoring.score(PLAN, VALUES, REJECTED);
        AtomicInteger reads = new AtomicInteger();
        ScoredYear year = ScoredYear.score(PLAN, inputs(reads));

        assertEquals(8, reads.get()); // each unit read once to rank the year
        Results summary = year.summary();
        assertEquals(whole.units().stream().map(UnitResult::summary).toList(), summary.units());
        assertTrue(summary.units().stream().allMatch(r -> r.indicators().isEmpty()));
        assertEquals(whole.commendations(), summary.commendations());
        assertEquals(whole.statistics(), summary.statistics());
        assertEquals(whole.rules(), summary.rules());
        // the figures themselves, written out: S02 and S03 share rank 2; S01 is ranked but, vetoed, not commended
        assertEquals("S01 1 false,S02 2 true,S03 2 true,S04 4 false,S05 null false,S06 null false",
                summary.units().stream().filter(r -> r.systemCode().equals("A") && r.unit().code().startsWith("S"))
                        .map(r -> r.unit().code() + " " + r.rank() + " " + r.commended())
                        .collect(Collectors.joining(",")));
    }

    @Test
    void aUnitAskedForAgainIsItsWholeResult() {
        Results whole = Scoring.score(PLAN, VALUES, REJECTED).withoutSources();
        AtomicInteger reads = new AtomicInteger();
        ScoredYear year = ScoredYear.score(PLAN, inputs(reads));
        for (AssessedUnit unit : PLAN.units()) {
            List<UnitResult> expected = whole.units().stream().filter(r -> r.unit().code().equals(unit.code())).toList();
            assertEquals(expected, year.unit(unit), unit.code());
        }
        assertEquals(16, reads.get()); // once to rank, once for its letter
        UnitResult d01 = year.unit(PLAN.unit("D01").orElseThrow()).get(0);
        assertEquals("2", Integer.toString(d01.sheetCount()));
        assertEquals(List.of("39.00", "29.00", "20.00"),
                d01.indicators().stream().map(i -> i.score().toPlainString()).toList());
    }

    @Test
    void heldResultsAnswerFromMemory() {
        Results whole = Scoring.score(PLAN, VALUES, REJECTED);
        ScoredYear held = ScoredYear.held(whole);
        assertEquals(whole.withoutSources(), held.summary());
        AssessedUnit s02 = PLAN.unit("S02").orElseThrow();
        assertEquals(whole.withoutSources().units().stream().filter(r -> r.unit() == s02).toList(), held.unit(s02));
    }

    @Test
    void inputsThatChangeBetweenReadsAreRefused() {
        AtomicInteger reads = new AtomicInteger();
        ScoredYear.Inputs first = inputs(reads);
        ScoredYear year = ScoredYear.score(PLAN, unit -> reads.get() < 8 ? first.of(unit)
                : new ScoredYear.UnitInputs(sheet(unit.code(), "检查组", 9, "A1=10 A2=10 A3=10 B1=10"), List.of(), false));
        AssessedUnit s04 = PLAN.unit("S04").orElseThrow();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> year.unit(s04));
        assertTrue(e.getMessage().contains("S04"), e.getMessage());
    }

    @Test
    void summariesOfUnitsWithTheSameFiguresShareThem() {
        ScoredYear year = ScoredYear.score(PLAN, inputs(new AtomicInteger()));
        Map<String, UnitResult> byCode = year.summary().units().stream().filter(r -> r.systemCode().equals("A"))
                .collect(Collectors.toMap(r -> r.unit().code(), r -> r));
        UnitResult s02 = byCode.get("S02");
        UnitResult s03 = byCode.get("S03");
        assertEquals(new java.math.BigDecimal("92.00"), s02.total());
        assertSame(s02.total(), s03.total());
        assertSame(s02.note(), s03.note());
        assertEquals(List.copyOf(s02.categoryTotals().keySet()), List.copyOf(s03.categoryTotals().keySet()));
        s02.categoryTotals().forEach((code, total) -> assertSame(total, s03.categoryTotals().get(code)));
    }
}
