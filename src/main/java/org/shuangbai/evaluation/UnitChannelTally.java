package org.shuangbai.evaluation;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one import found for one unit in one channel: how many respondents gave at least one counted
 * answer, how often each answer was given (after repeats and answers out of the period were set
 * aside), and how many of those there were. Points are applied when scores are computed, so a tally
 * never holds a figure the rules could change.
 *
 * @param answers answer text (numbers written plainly, e.g. "4.5") → how many times it counts
 */
public record UnitChannelTally(String unitCode, String channelCode, long respondents, Map<String, Long> answers,
                               long repeats, long outOfPeriod) {

    public UnitChannelTally {
        answers = java.util.Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    /** Every answer given, counted or not (不了解). */
    public long answerCount() {
        return answers.values().stream().mapToLong(Long::longValue).sum();
    }
}
