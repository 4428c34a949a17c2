package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shuangbai.plan.Aggregation;

/**
 * How several assessors' figures for one indicator become one figure: the exact mean of the kept
 * figures, rounded once to the configured decimals (HALF_UP). Totals are sums of these rounded
 * figures, so a reader can add up the printed indicator scores and get the printed total.
 */
record Combination(BigDecimal value, List<SourceCell> used, List<SourceCell> dropped) {

    /** Ties on value are broken by assessor, so the same sheet is always the one dropped. */
    private static final Comparator<SourceCell> BY_VALUE = Comparator.comparing(SourceCell::value)
            .thenComparing(SourceCell::assessor)
            .thenComparing(SourceCell::sourceFile, Comparator.nullsFirst(Comparator.naturalOrder()));

    static Combination of(List<SourceCell> figures, Aggregation aggregation, int trimMinSheets, int decimals) {
        if (figures.isEmpty()) {
            return new Combination(null, List.of(), List.of());
        }
        List<SourceCell> used = new ArrayList<>(figures);
        List<SourceCell> dropped = new ArrayList<>();
        if (trims(aggregation, trimMinSheets, figures.size())) {
            List<SourceCell> sorted = new ArrayList<>(figures);
            sorted.sort(BY_VALUE);
            SourceCell lowest = sorted.get(0);
            SourceCell highest = sorted.get(sorted.size() - 1);
            dropped.add(highest);
            dropped.add(lowest);
            used.remove(highest);
            used.remove(lowest);
        }
        BigDecimal sum = used.stream().map(SourceCell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(used.size()), decimals, RoundingMode.HALF_UP);
        return new Combination(mean, used, dropped);
    }

    /** Dropping two figures needs at least three, whatever the plan says. */
    static boolean trims(Aggregation aggregation, int trimMinSheets, int sheets) {
        return aggregation == Aggregation.TRIMMED_MEAN && sheets >= Math.max(trimMinSheets, 3);
    }
}
