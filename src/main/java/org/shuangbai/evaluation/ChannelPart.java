package org.shuangbai.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One channel's part in a unit's 公共评议 indicator: its weight, the sample (respondents), the valid and
 * 不计入 answers, the satisfaction rate, whether it was used, and the imports it came from.
 *
 * @param rate satisfaction between 0 and 1 (4 decimals); null without valid answers
 */
public record ChannelPart(String channelCode, BigDecimal weight, long respondents, long validAnswers,
                          long notCounted, BigDecimal rate, Use use, List<Source> sources) {

    public ChannelPart {
        sources = List.copyOf(sources);
    }

    /** Whether and how the channel entered the score. */
    public enum Use {
        /** Enough respondents: weighed in. */
        USED("evaluation.use.USED"),
        /** Too few respondents; the channel is left out and the others' weights scaled up. */
        LEFT_OUT("evaluation.use.LEFT_OUT"),
        /** Too few respondents; the indicator is owed. */
        OWING("evaluation.use.OWING");

        private final String key;

        Use(String key) {
            this.key = key;
        }

        /** The word people read, e.g. 样本不足，不计此渠道. */
        public String label() {
            return org.shuangbai.text.Messages.text(key);
        }
    }

    /** An import the channel's figures came from. */
    public record Source(long importId, String fileName, long respondents) {
    }
}
