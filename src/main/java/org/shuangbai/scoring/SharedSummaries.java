package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a year's {@link UnitResult#summary() summaries} share what repeats from unit to unit: one
 * instance per distinct figure (totals and subtotals: thousands of units have the same few) and note,
 * one array of category codes per system, subtotals as {@link CategoryTotals}. Each unit is scored on
 * its own ({@link Scoring#unit}), so nothing is shared until its summary is kept for the year.
 */
final class SharedSummaries {
    private final Figures figures = new Figures();
    private final Map<List<String>, String[]> codes = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    /** The summary of {@code result}, equal to {@link UnitResult#summary()}, sharing what others have. */
    UnitResult summary(UnitResult result) {
        UnitResult s = result.summary();
        return new UnitResult(s.unit(), s.systemCode(), s.status(), s.sheetCount(), figures.of(s.total()),
                totals(s.categoryTotals()), figures.of(s.selfTotal()), s.indicators(),
                s.vetoes().isEmpty() ? List.of() : s.vetoes(), s.eligible(), s.grade(), s.rank(), s.commended(),
                s.note() == null ? null : notes.computeIfAbsent(s.note(), k -> k));
    }

    private Map<String, BigDecimal> totals(Map<String, BigDecimal> totals) {
        if (totals.isEmpty()) {
            return Map.of();
        }
        String[] keys = codes.computeIfAbsent(List.copyOf(totals.keySet()), k -> k.toArray(String[]::new));
        BigDecimal[] values = totals.values().stream().map(figures::of).toArray(BigDecimal[]::new);
        return new CategoryTotals(keys, values);
    }
}
