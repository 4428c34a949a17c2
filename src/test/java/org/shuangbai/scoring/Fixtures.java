package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.GradeBand;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.Settings;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.VetoEffect;

/** Small plans and score sheets written out literally in the tests. */
public final class Fixtures {
    public static final Instant RECEIVED = Instant.parse("2009-12-20T08:00:00Z");

    private Fixtures() {
    }

    /** The bundled plan without its bodies: these tests score from the units' score sheets. */
    public static Plan bundled() {
        return org.shuangbai.TestPlans.unitSheets();
    }

    /** The bundled plan's defaults: bands 90/80/60/0, 20%, HALF_UP, INCLUDE_ALL, COMPETITION, MEAN, 5, 2 decimals. */
    public static ScoringRules rules() {
        return bundled().settings().scoring();
    }

    public static ScoringRules rules(QuotaRounding rounding, TieAtCut tie, RankTie rank, Aggregation aggregation, int decimals) {
        ScoringRules d = rules();
        return new ScoringRules(d.gradeBands(), d.excellentGrade(), d.poorGrade(), d.quota(), rounding, tie, rank,
                aggregation, d.trimMinSheets(), decimals);
    }

    public static Plan withRules(Plan plan, ScoringRules rules) {
        Settings s = plan.settings();
        return new Plan(new Settings(s.planCode(), s.year(), s.district(), s.planTitle(), s.planDocument(), s.office(),
                rules, s.notice(), s.forms()), plan.systems(), plan.vetoes(), plan.units(), plan.lists());
    }

    /**
     * System A (甲): category A-C1 = A1 (50) + A2 (30), category A-C2 = A3 (20).
     * System B (乙): category B-C1 = B1 (100).
     * Vetoes VP (评为较差) and VL (取消评优资格) apply to A only.
     */
    public static Plan small(ScoringRules rules, String... unitCodes) {
        Plan bundled = bundled();
        IndicatorSystem a = new IndicatorSystem("A", "甲体系", "甲", 1, new BigDecimal("100"), "二级指标", "考核内容", "",
                List.of(new Category("A-C1", "A", 1, "甲一", new BigDecimal("80"),
                                List.of(ind("A1", "A", "A-C1", 1, "50"), ind("A2", "A", "A-C1", 2, "30"))),
                        new Category("A-C2", "A", 2, "甲二", new BigDecimal("20"), List.of(ind("A3", "A", "A-C2", 3, "20")))));
        IndicatorSystem b = new IndicatorSystem("B", "乙体系", "乙", 2, new BigDecimal("100"), "二级指标", "考核内容", "",
                List.of(new Category("B-C1", "B", 1, "乙一", new BigDecimal("100"), List.of(ind("B1", "B", "B-C1", 1, "100")))));
        List<Veto> vetoes = List.of(
                new Veto("VP", 1, "A", "未完成折子工程", VetoEffect.GRADE_POOR, List.of("A")),
                new Veto("VL", 2, "A", "重大安全责任事故", VetoEffect.LOSE_EXCELLENCE, List.of("A")));
        List<AssessedUnit> units = Arrays.stream(unitCodes)
                .map(c -> new AssessedUnit(c, "单位" + c, c.startsWith("S") ? UnitGroup.STREET : UnitGroup.DEPARTMENT,
                        c.startsWith("S") ? "街道办事处" : "委办局"))
                .toList();
        Plan p = new Plan(bundled.settings(), List.of(a, b), vetoes, units, bundled.lists());
        return withRules(p, rules);
    }

    private static Indicator ind(String code, String system, String category, int number, String max) {
        return new Indicator(code, system, category, number, "指标" + code, "检查", "检查组", new BigDecimal(max), "");
    }

    /**
     * One score sheet. Each item is "FIELD=VALUE"; a bare indicator code means its ".score", a bare
     * veto code its ".answer". Cells are numbered C1, C2, … in the order given.
     */
    public static List<SheetValue> sheet(String unit, String assessor, long submission, String items) {
        List<SheetValue> values = new ArrayList<>();
        int row = 1;
        for (String item : items.trim().split("\\s+")) {
            String[] kv = item.split("=", 2);
            String field = kv[0].contains(".") ? kv[0] : kv[0].startsWith("V") ? kv[0] + ".answer" : kv[0] + ".score";
            values.add(value(unit, assessor, submission, field, kv[1], unit + "_" + assessor + ".xlsx", "C" + row++));
        }
        return values;
    }

    /** The one place that builds a SheetValue, so the tests follow what scoring reads. */
    public static SheetValue value(String unit, String assessor, long submission, String field, String value, String file,
                            String cell) {
        return new SheetValue(unit, assessor, submission, FieldKey.of(field), value, file, "考核评分表", cell,
                "hash-" + unit + "-" + submission);
    }

    @SafeVarargs
    public static List<SheetValue> all(List<SheetValue>... sheets) {
        List<SheetValue> all = new ArrayList<>();
        for (List<SheetValue> s : sheets) {
            all.addAll(s);
        }
        return all;
    }

    public static UnitResult result(Results results, String system, String unit) {
        return results.units().stream().filter(r -> r.systemCode().equals(system) && r.unit().code().equals(unit))
                .findFirst().orElseThrow();
    }

    public static Commendation commendation(Results results, String system, UnitGroup group) {
        return results.commendations().stream().filter(c -> c.systemCode().equals(system) && c.group() == group)
                .findFirst().orElseThrow();
    }
}
