package org.shuangbai.evaluation;

import java.math.BigDecimal;

/**
 * What an answer is worth (public-answers.csv): a share of full satisfaction between 0 and 1, or
 * {@link #NOT_COUNTED} (不了解: left out of the valid answers and of the sample).
 */
public record Points(BigDecimal share) {
    public static final Points NOT_COUNTED = new Points(null);

    public boolean counted() {
        return share != null;
    }
}
