package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;

/**
 * A unit's result in one indicator system. For a unit not SCORED, the numbers, grade and rank are
 * null: it is listed as not scored, never as zero.
 *
 * @param categoryTotals category code to subtotal, in plan order
 * @param eligible       false when a veto removes eligibility for excellence/commendation
 */
public record UnitResult(AssessedUnit unit, String systemCode, UnitStatus status, int sheetCount,
                         BigDecimal total, Map<String, BigDecimal> categoryTotals, BigDecimal selfTotal,
                         List<IndicatorResult> indicators, List<VetoFinding> vetoes, boolean eligible,
                         String grade, Integer rank, boolean commended, String note) {
}
