package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;

/**
 * A unit's result in one indicator system. For a unit not SCORED, the numbers, grade and rank are
 * null: it is listed as not scored, never as zero. Made by {@link #scored}, {@link #notScored} and
 * {@link #withRank} rather than by the fourteen-argument constructor.
 *
 * @param categoryTotals category code to subtotal, in plan order
 * @param eligible       false when a veto removes eligibility for excellence/commendation
 */
public record UnitResult(AssessedUnit unit, String systemCode, UnitStatus status, int sheetCount,
                         BigDecimal total, Map<String, BigDecimal> categoryTotals, BigDecimal selfTotal,
                         List<IndicatorResult> indicators, List<VetoFinding> vetoes, boolean eligible,
                         String grade, Integer rank, boolean commended, String note) {

    /**
     * A unit whose sheets gave every indicator a score, before its group is ranked (no rank, not
     * commended: see {@link #withRank}).
     *
     * @param selfTotal null when no sheet gave a self score
     */
    public static UnitResult scored(AssessedUnit unit, String systemCode, int sheetCount,
                                    List<IndicatorResult> indicators, Map<String, BigDecimal> categoryTotals,
                                    BigDecimal total, BigDecimal selfTotal,
                                    List<VetoFinding> vetoes, boolean eligible, String grade, String note) {
        return new UnitResult(unit, systemCode, UnitStatus.SCORED, sheetCount, total, categoryTotals, selfTotal,
                indicators, vetoes, eligible, grade, null, false, note);
    }

    /**
     * A unit listed as not scored ({@code status} MISSING or REJECTED): no figures, grade or rank, never
     * eligible; {@code note} says why. Its veto findings are still reported.
     */
    public static UnitResult notScored(AssessedUnit unit, String systemCode, UnitStatus status, int sheetCount,
                                       List<VetoFinding> vetoes, String note) {
        if (status == UnitStatus.SCORED) {
            throw new IllegalArgumentException("a unit not scored cannot have the status SCORED");
        }
        return new UnitResult(unit, systemCode, status, sheetCount, null, Map.of(), null, List.of(), vetoes, false,
                null, null, false, note);
    }

    /** This result without its indicators' source cells (see {@link Results#withoutSources()}). */
    public UnitResult withoutSources() {
        List<IndicatorResult> slim = indicators.stream().map(IndicatorResult::withoutSources).toList();
        if (slim.equals(indicators)) {
            return this; // none had any: the same instances
        }
        return new UnitResult(unit, systemCode, status, sheetCount, total, categoryTotals, selfTotal, slim, vetoes,
                eligible, grade, rank, commended, note);
    }

    /**
     * What ranking, the notice and the N-row tables read of this result (status, figures, subtotals, vetoes,
     * grade, rank, note) without its indicators: a few hundred bytes a unit, where the indicators with
     * their source cells are tens of kilobytes. A year of units is held in this form while the letters
     * are made one unit at a time ({@link ScoredYear}).
     */
    public UnitResult summary() {
        if (indicators.isEmpty()) {
            return this;
        }
        return new UnitResult(unit, systemCode, status, sheetCount, total, categoryTotals, selfTotal, List.of(), vetoes,
                eligible, grade, rank, commended, note);
    }

    /** This result with its rank in its group (null when not scored) and whether it is commended. */
    public UnitResult withRank(Integer rank, boolean commended) {
        return new UnitResult(unit, systemCode, status, sheetCount, total, categoryTotals, selfTotal, indicators,
                vetoes, eligible, grade, rank, commended, note);
    }
}
