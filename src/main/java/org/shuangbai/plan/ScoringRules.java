package org.shuangbai.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules that turn scores into grades, ranks and 先进单位. They are plan data so that they are
 * printed beside every result and can change without touching code.
 *
 * @param gradeBands   from the highest band down; the last band should start at 0
 * @param excellentGrade the grade a LOSE_EXCELLENCE veto forbids (优秀)
 * @param poorGrade    the grade a GRADE_POOR veto imposes (较差)
 * @param quota        share of the scored units of a group that are commended, e.g. 0.20
 * @param decimals     decimal places for combined scores and totals
 */
public record ScoringRules(
        List<GradeBand> gradeBands,
        String excellentGrade,
        String poorGrade,
        BigDecimal quota,
        QuotaRounding rounding,
        TieAtCut tieAtCut,
        RankTie rankTie,
        Aggregation aggregation,
        int trimMinSheets,
        int decimals) {

    public ScoringRules {
        gradeBands = List.copyOf(gradeBands);
    }
}
