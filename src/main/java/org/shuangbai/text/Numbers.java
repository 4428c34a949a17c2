package org.shuangbai.text;

import java.math.BigDecimal;

/** How figures are written wherever people read them: plain decimals, no exponent, no trailing zeros. */
public final class Numbers {
    private Numbers() {
    }

    /** 8.50 → "8.5", 100 → "100", 1E+2 → "100"; null → "". */
    public static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
