package org.shuangbai.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shuangbai.plan.Category;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.LabeledOption;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.scoring.Commendation;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.scoring.UnitStatus;
import org.shuangbai.scoring.VetoFinding;
import org.shuangbai.text.Lists;

/**
 * The results of one indicator system as the 计分 page shows them: a table per the chosen group (rank
 * order, units not scored last), the commended units with how the list was made, and the figures of two
 * charts — how totals are distributed in each group (bands of five points) and each category's average
 * per group. Nothing is scored here: the figures are the scoring's, only counted and averaged for display.
 */
public final class ResultsPage {
    /** Lower bounds of the distribution bands; below the first is one band. */
    static final int[] BANDS = {60, 65, 70, 75, 80, 85, 90, 95};

    public record Option(String value, String label, boolean selected) {
    }

    public record Row(Integer rank, String code, String name, String group, String status, boolean scored,
                      String total, List<String> categories, String self, String grade, String vetoes,
                      boolean commended, boolean eligible) {
    }

    /** One series of a chart: a group's values, one per label. */
    public record Series(String name, List<String> values) {
    }

    public record Chart(List<String> labels, List<Series> series) {
    }

    private final List<Option> systems;
    private final List<Option> groups;
    private final IndicatorSystem system;
    private final List<Row> rows;
    private final List<String> commendations;
    private final Chart distribution;
    private final Chart categoryAverages;

    private ResultsPage(List<Option> systems, List<Option> groups, IndicatorSystem system, List<Row> rows,
                        List<String> commendations, Chart distribution, Chart categoryAverages) {
        this.systems = systems;
        this.groups = groups;
        this.system = system;
        this.rows = rows;
        this.commendations = commendations;
        this.distribution = distribution;
        this.categoryAverages = categoryAverages;
    }

    public static ResultsPage of(Results results, String systemCode, String groupName) {
        List<IndicatorSystem> all = results.plan().systems();
        IndicatorSystem system = all.stream().filter(s -> s.code().equals(systemCode)).findFirst()
                .orElse(all.get(0));
        UnitGroup group = LabeledOption.parse(UnitGroup.class, groupName == null ? "" : groupName).orElse(null);
        List<Option> systems = all.stream().map(s -> new Option(s.code(), s.shortName(), s == system)).toList();
        List<Option> groups = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            groups.add(new Option(g.name(), g.label(), g == group));
        }
        List<UnitResult> ofSystem = results.units().stream().filter(r -> r.systemCode().equals(system.code()))
                .toList();
        List<Row> rows = ofSystem.stream().filter(r -> group == null || r.unit().group() == group)
                .sorted(Comparator.comparing((UnitResult r) -> r.rank() == null)
                        .thenComparing(r -> r.unit().group().ordinal())
                        .thenComparing(r -> r.rank() == null ? 0 : r.rank()))
                .map(r -> row(system, r)).toList();
        List<String> commendations = new ArrayList<>();
        for (Commendation c : results.commendations()) {
            if (c.systemCode().equals(system.code()) && (group == null || c.group() == group)) {
                commendations.add(c.explanation());
            }
        }
        return new ResultsPage(systems, groups, system, rows, commendations, distribution(ofSystem),
                categoryAverages(system, ofSystem));
    }

    private static Row row(IndicatorSystem system, UnitResult r) {
        boolean scored = r.status() == UnitStatus.SCORED;
        List<String> categories = new ArrayList<>();
        for (Category c : system.categories()) {
            BigDecimal v = r.categoryTotals() == null ? null : r.categoryTotals().get(c.code());
            categories.add(v == null ? "" : v.toPlainString());
        }
        String vetoes = r.vetoes().stream().map(VetoFinding::explanation).collect(Lists.clauses());
        return new Row(r.rank(), r.unit().code(), r.unit().name(), r.unit().group().label(), r.status().label(),
                scored, plain(r.total()), categories, plain(r.selfTotal()), r.grade() == null ? "" : r.grade(), vetoes,
                r.commended(), r.eligible());
    }

    private static Chart distribution(List<UnitResult> ofSystem) {
        List<String> labels = new ArrayList<>();
        labels.add("<" + BANDS[0]);
        for (int i = 0; i < BANDS.length; i++) {
            labels.add(BANDS[i] + (i + 1 < BANDS.length ? "–" + BANDS[i + 1] : "–100"));
        }
        List<Series> series = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            int[] counts = new int[BANDS.length + 1];
            for (UnitResult r : ofSystem) {
                if (r.unit().group() == g && r.status() == UnitStatus.SCORED && r.total() != null) {
                    counts[band(r.total())]++;
                }
            }
            List<String> values = new ArrayList<>();
            for (int c : counts) {
                values.add(Integer.toString(c));
            }
            series.add(new Series(g.label(), values));
        }
        return new Chart(labels, series);
    }

    static int band(BigDecimal total) {
        int band = 0;
        for (int i = 0; i < BANDS.length; i++) {
            if (total.compareTo(BigDecimal.valueOf(BANDS[i])) >= 0) {
                band = i + 1;
            }
        }
        return band;
    }

    private static Chart categoryAverages(IndicatorSystem system, List<UnitResult> ofSystem) {
        List<String> labels = system.categories().stream().map(Category::name).toList();
        List<Series> series = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            List<UnitResult> scored = ofSystem.stream()
                    .filter(r -> r.unit().group() == g && r.status() == UnitStatus.SCORED && r.categoryTotals() != null)
                    .toList();
            List<String> values = new ArrayList<>();
            for (Category c : system.categories()) {
                BigDecimal sum = BigDecimal.ZERO;
                int n = 0;
                for (UnitResult r : scored) {
                    BigDecimal v = r.categoryTotals().get(c.code());
                    if (v != null) {
                        sum = sum.add(v);
                        n++;
                    }
                }
                values.add(n == 0 ? "" : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).toPlainString());
            }
            series.add(new Series(g.label(), values));
        }
        return new Chart(labels, series);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    public List<Option> systems() {
        return systems;
    }

    public List<Option> groups() {
        return groups;
    }

    public IndicatorSystem system() {
        return system;
    }

    public List<String> categoryNames() {
        return system.categories().stream().map(Category::name).toList();
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> commendations() {
        return commendations;
    }

    public Chart distribution() {
        return distribution;
    }

    public Chart categoryAverages() {
        return categoryAverages;
    }
}
