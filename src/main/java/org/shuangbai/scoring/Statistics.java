package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shuangbai.plan.Category;
import org.shuangbai.plan.IndicatorSystem;

/**
 * Figures of a set of scored units (a system's units, or a system's units of one group): how many, the
 * average, highest and lowest total, and each category's average — what the notice reports and each
 * letter compares a unit with. Averages are exact means rounded once, HALF_UP, to the plan's decimals.
 */
public record Statistics(int count, BigDecimal averageTotal, BigDecimal highestTotal, BigDecimal lowestTotal,
                         Map<String, BigDecimal> categoryAverages) {
    public Statistics {
        categoryAverages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categoryAverages));
    }

    /** No unit scored: a count of zero and no figures. */
    public static final Statistics NONE = new Statistics(0, null, null, null, Map.of());

    static Statistics of(IndicatorSystem system, List<UnitResult> units, int decimals) {
        List<UnitResult> scored = units.stream().filter(r -> r.status() == UnitStatus.SCORED).toList();
        if (scored.isEmpty()) {
            return NONE;
        }
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        for (Category c : system.categories()) {
            categories.put(c.code(), mean(scored.stream().map(r -> r.categoryTotals().get(c.code())).toList(), decimals));
        }
        List<BigDecimal> totals = scored.stream().map(UnitResult::total).toList();
        return new Statistics(scored.size(), mean(totals, decimals),
                totals.stream().max(Comparator.naturalOrder()).orElse(null),
                totals.stream().min(Comparator.naturalOrder()).orElse(null), categories);
    }

    /** The mean of the figures present, or null when none is. */
    static BigDecimal mean(List<BigDecimal> values, int decimals) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), decimals, RoundingMode.HALF_UP);
    }
}
