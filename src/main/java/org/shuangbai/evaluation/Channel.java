package org.shuangbai.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 评议渠道: one source of raw 公共评议 data (网上评议, 民意测评, 征求人大意见, 热线回访…), as
 * public-channels.csv defines it.
 *
 * @param aliases   other words an export's channel column may use for it (人大, 人大代表…)
 * @param low       for {@link AnswerScale#SCORE}, the lowest score (an answer of it is 0% satisfied); 0 for grades
 * @param high      for {@link AnswerScale#SCORE}, the highest score (100% satisfied); 1 for grades
 * @param minSample the fewest respondents a unit needs in this channel
 * @param from      first day of the period; answers before it are ignored (and counted)
 * @param to        last day of the period
 */
public record Channel(String code, String name, List<String> aliases, AnswerScale scale, BigDecimal low,
                      BigDecimal high, int minSample, Shortfall shortfall, LocalDate from, LocalDate to) {

    public Channel {
        aliases = List.copyOf(aliases);
    }

    /** Whether a cell of an export's channel column names this channel (code, name or alias). */
    public boolean isNamedBy(String text) {
        return code.equals(text) || name.equals(text) || aliases.contains(text);
    }

    /** The width of the scale: an answer's satisfaction is (answer − low) / span. */
    public BigDecimal span() {
        return high.subtract(low);
    }

    /** A plain decimal (8, -3, 4.5; no exponent, no sign of thousands). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    /** The number an answer writes, or null when it is not a plain decimal. */
    public static BigDecimal number(String text) {
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** Whether a score lies on this channel's scale (lowest and highest included). */
    public boolean onScale(BigDecimal score) {
        return score.compareTo(low) >= 0 && score.compareTo(high) <= 0;
    }

    public boolean inPeriod(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
