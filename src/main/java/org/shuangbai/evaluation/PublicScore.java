package org.shuangbai.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's score on one 公共评议 indicator computed from the raw data, or owed (null score) with the
 * reason, and the channels it rests on.
 *
 * @param rate  the weighted satisfaction (4 decimals); null when owed
 * @param score max score × rate, rounded to the plan's decimals; null when owed (not zero)
 * @param stale whether a tally was read under rules that have changed since (re-import to apply them)
 */
public record PublicScore(String unitCode, String indicatorCode, BigDecimal maxScore, BigDecimal rate,
                          BigDecimal score, String owedReason, List<ChannelPart> parts, boolean stale) {

    public PublicScore {
        parts = List.copyOf(parts);
    }

    public boolean owed() {
        return score == null;
    }
}
