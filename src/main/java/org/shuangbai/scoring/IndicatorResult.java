package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's result on one indicator: the combined assessed score (per the configured aggregation),
 * the self score, their difference (assessed - self), the deduction notes and every source cell.
 */
public record IndicatorResult(String indicatorCode, BigDecimal maxScore, BigDecimal score, BigDecimal selfScore,
                              BigDecimal difference, String notes, List<SourceCell> scoreSources,
                              List<SourceCell> selfSources, List<SourceCell> droppedSources) {
    public IndicatorResult {
        scoreSources = List.copyOf(scoreSources);
        selfSources = List.copyOf(selfSources);
        droppedSources = List.copyOf(droppedSources);
    }

    /** The same figures and notes without the source cells (see {@link Results#withoutSources()}). */
    public IndicatorResult withoutSources() {
        if (scoreSources.isEmpty() && selfSources.isEmpty() && droppedSources.isEmpty()) {
            return this;
        }
        return new IndicatorResult(indicatorCode, maxScore, score, selfScore, difference, notes, List.of(), List.of(),
                List.of());
    }
}
