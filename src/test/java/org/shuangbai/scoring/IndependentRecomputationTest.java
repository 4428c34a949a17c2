package org.shuangbai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.GradeBand;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.VetoEffect;

/**
 * Recomputes totals, grades, ranks and commended units from a plain list of values with a second,
 * deliberately naive method written from the printed rules, and compares unit for unit.
 */
class IndependentRecomputationTest {

    @ParameterizedTest
    @CsvSource({
            "1, MEAN, HALF_UP, INCLUDE_ALL",
            "2, TRIMMED_MEAN, FLOOR, EXCLUDE_ALL",
            "3, TRIMMED_MEAN, HALF_UP, INCLUDE_ALL",
            "5, MEAN, CEILING, EXCLUDE_ALL"})
    void recomputedFromTheValuesListUnitForUnit(long seed, Aggregation aggregation, QuotaRounding rounding, TieAtCut tie) {
        Plan bundled = Fixtures.bundled();
        ScoringRules d = bundled.settings().scoring();
        ScoringRules rules = new ScoringRules(d.gradeBands(), d.excellentGrade(), d.poorGrade(), d.quota(), rounding, tie,
                RankTie.COMPETITION, aggregation, 3, 2);
        Plan plan = Fixtures.withRules(bundled, rules);
        Random random = new Random(seed);
        List<SheetValue> values = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        String[] assessors = {"检查组", "主管领导", "民主评议", "网上评议", "职能部门"};
        long submission = 1;
        for (AssessedUnit unit : plan.units()) {
            int sheets = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(5);
            if (sheets == 0 && random.nextBoolean()) {
                rejected.add(unit.code());
            }
            // Coarse steps for some units make equal totals (and ties at the cut) likely.
            BigDecimal step = random.nextBoolean() ? new BigDecimal("0.1") : new BigDecimal("0.5");
            for (int s = 0; s < sheets; s++) {
                int cell = 1;
                for (Indicator ind : (Iterable<Indicator>) plan.indicators()::iterator) {
                    int steps = ind.maxScore().divide(step, 0, RoundingMode.FLOOR).intValueExact();
                    int lost = Math.min(steps, random.nextInt(3));
                    values.add(value(unit, assessors[s], submission, ind.code() + ".score",
                            ind.maxScore().subtract(step.multiply(BigDecimal.valueOf(lost))).toPlainString(), cell++));
                }
                for (Veto v : plan.vetoes()) {
                    values.add(value(unit, assessors[s], submission, v.code() + ".answer",
                            random.nextInt(60) == 0 ? "是" : "否", cell++));
                }
                submission++;
            }
        }

        Results results = Scoring.score(plan, values, rejected);
        Map<String, Expected> expected = naive(plan, values, rejected);
        int scored = 0;
        for (UnitResult r : results.units()) {
            Expected e = expected.get(r.systemCode() + "/" + r.unit().code());
            String where = r.systemCode() + "/" + r.unit().code();
            assertEquals(e.status, r.status(), where);
            assertEquals(e.total, r.total() == null ? null : r.total().toPlainString(), where);
            assertEquals(e.grade, r.grade(), where);
            assertEquals(e.rank, r.rank(), where);
            assertEquals(e.commended, r.commended(), where);
            scored += r.status() == UnitStatus.SCORED ? 1 : 0;
        }
        assertEquals(expected.size(), results.units().size());
        // The random input must exercise the interesting paths, or the comparison proves little.
        assertEquals(true, scored > 100, "scored " + scored);
        assertEquals(true, results.units().stream().anyMatch(r -> !r.vetoes().isEmpty()), "some veto");
        assertEquals(true, results.units().stream().anyMatch(r -> r.status() == UnitStatus.REJECTED), "some rejected");
        assertEquals(true, results.commendations().stream().anyMatch(c -> c.explanation().contains("总分并列")),
                "some tie at the cut");
    }

    private static SheetValue value(AssessedUnit unit, String assessor, long submission, String field, String v, int cell) {
        return Fixtures.value(unit.code(), assessor, submission, field, v, unit.code() + ".xlsx", "F" + cell);
    }

    private record Expected(UnitStatus status, String total, String grade, Integer rank, boolean commended) {
    }

    /** The rules as printed, applied the plainest way possible. */
    private static Map<String, Expected> naive(Plan plan, List<SheetValue> values, Set<String> rejected) {
        ScoringRules rules = plan.settings().scoring();
        // unit -> submission -> field -> value
        Map<String, Map<Long, Map<String, String>>> sheets = new TreeMap<>();
        for (SheetValue v : values) {
            sheets.computeIfAbsent(v.unitCode(), k -> new TreeMap<>())
                    .computeIfAbsent(v.submissionId(), k -> new HashMap<>()).put(v.field().text(), v.value());
        }
        Map<String, Expected> out = new HashMap<>();
        for (IndicatorSystem system : plan.systems()) {
            Map<String, BigDecimal> totals = new HashMap<>();
            Map<String, String> grades = new HashMap<>();
            Set<String> vetoed = new HashSet<>();
            for (AssessedUnit unit : plan.units()) {
                Map<Long, Map<String, String>> mine = sheets.getOrDefault(unit.code(), Map.of());
                if (mine.isEmpty()) {
                    continue;
                }
                BigDecimal total = BigDecimal.ZERO;
                for (Indicator ind : system.indicatorList()) {
                    List<BigDecimal> xs = new ArrayList<>();
                    mine.values().forEach(f -> xs.add(new BigDecimal(f.get(ind.code() + ".score"))));
                    xs.sort(Comparator.naturalOrder());
                    if (rules.aggregation() == Aggregation.TRIMMED_MEAN && xs.size() >= rules.trimMinSheets()) {
                        xs.remove(xs.size() - 1);
                        xs.remove(0);
                    }
                    BigDecimal sum = BigDecimal.ZERO;
                    for (BigDecimal x : xs) {
                        sum = sum.add(x);
                    }
                    total = total.add(sum.divide(new BigDecimal(xs.size()), 2, RoundingMode.HALF_UP));
                }
                boolean poor = false;
                boolean lose = false;
                for (Veto v : plan.vetoes()) {
                    if (!v.appliesTo().contains(system.code())) {
                        continue;
                    }
                    boolean yes = mine.values().stream().anyMatch(f -> "是".equals(f.get(v.code() + ".answer")));
                    poor |= yes && v.effect() == VetoEffect.GRADE_POOR;
                    lose |= yes && v.effect() == VetoEffect.LOSE_EXCELLENCE;
                }
                String grade = null;
                for (GradeBand b : List.of(new GradeBand("优秀", new BigDecimal(90)), new GradeBand("良好", new BigDecimal(80)),
                        new GradeBand("一般", new BigDecimal(60)), new GradeBand("较差", BigDecimal.ZERO))) {
                    if (grade == null && total.compareTo(b.minScore()) >= 0) {
                        grade = b.grade();
                    }
                }
                if (poor) {
                    grade = "较差";
                } else if (lose && grade.equals("优秀")) {
                    grade = "良好";
                }
                totals.put(unit.code(), total);
                grades.put(unit.code(), grade);
                if (poor || lose) {
                    vetoed.add(unit.code());
                }
            }
            for (AssessedUnit unit : plan.units()) {
                String key = system.code() + "/" + unit.code();
                BigDecimal total = totals.get(unit.code());
                if (total == null) {
                    out.put(key, new Expected(rejected.contains(unit.code()) ? UnitStatus.REJECTED : UnitStatus.MISSING,
                            null, null, null, false));
                    continue;
                }
                List<AssessedUnit> group = plan.units(unit.group()).stream().filter(u -> totals.containsKey(u.code())).toList();
                int rank = 1 + (int) group.stream().filter(u -> totals.get(u.code()).compareTo(total) > 0).count();
                int places = new BigDecimal(group.size()).multiply(rules.quota())
                        .setScale(0, rules.rounding() == QuotaRounding.HALF_UP ? RoundingMode.HALF_UP
                                : rules.rounding() == QuotaRounding.FLOOR ? RoundingMode.FLOOR : RoundingMode.CEILING)
                        .intValueExact();
                List<BigDecimal> eligible = group.stream().filter(u -> !vetoed.contains(u.code()))
                        .map(u -> totals.get(u.code())).sorted(Comparator.reverseOrder()).toList();
                boolean commended = false;
                if (places > 0 && !vetoed.contains(unit.code())) {
                    if (eligible.size() <= places) {
                        commended = true;
                    } else {
                        BigDecimal cut = eligible.get(places - 1);
                        long atOrAbove = eligible.stream().filter(t -> t.compareTo(cut) >= 0).count();
                        commended = rules.tieAtCut() == TieAtCut.INCLUDE_ALL || atOrAbove == places
                                ? total.compareTo(cut) >= 0
                                : total.compareTo(cut) > 0;
                    }
                }
                out.put(key, new Expected(UnitStatus.SCORED, total.setScale(2).toPlainString(), grades.get(unit.code()),
                        rank, commended));
            }
        }
        return out;
    }
}
