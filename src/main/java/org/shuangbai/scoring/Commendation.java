package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.shuangbai.plan.UnitGroup;

/**
 * The 先进单位 of one system and group, and how the list was made.
 *
 * @param basis       number of scored units the quota is computed on
 * @param exactQuota  basis × quota before rounding
 * @param quota       places after rounding
 * @param unitCodes   commended units in rank order
 * @param explanation Chinese sentence stating basis, rounding, exclusions and any tie at the cut
 */
public record Commendation(String systemCode, UnitGroup group, int basis, BigDecimal exactQuota, int quota,
                           List<String> unitCodes, List<String> excludedByVeto, String explanation) {
    public Commendation {
        unitCodes = List.copyOf(unitCodes);
        excludedByVeto = List.copyOf(excludedByVeto);
    }
}
