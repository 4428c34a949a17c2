package org.shuangbai.plan;

import java.math.BigDecimal;

/**
 * One row of assignments.csv: a source scores an indicator (or finds a 一票否决 situation) for the units of
 * its scope. The source is an assessing body, or the units' own score sheets (考核评分表, the flow of a plan
 * without assignments: their 考核得分 column, combined across assessors by scoring.aggregation).
 *
 * @param target       an indicator code, or a veto code
 * @param assessorCode the body; null when the units' score sheets are the source
 * @param scope        the units concerned, already limited to the body's cover
 * @param rule         how the bodies' scores of an indicator combine; null for vetoes and score-sheet rows
 * @param weight       the body's share under {@link CombinationRule#WEIGHTED}; null otherwise
 * @param lead         the lead body under {@link CombinationRule#LEAD}
 */
public record Assignment(String target, String assessorCode, UnitScope scope, CombinationRule rule,
                         BigDecimal weight, boolean lead) {

    /** Whether the units' own score sheets are the source (not a body). */
    public boolean unitSheet() {
        return assessorCode == null;
    }

    /** Whether this row's score counts towards the unit's score (not a non-lead body under LEAD). */
    public boolean counts() {
        return rule != CombinationRule.LEAD || lead;
    }
}
