package org.shuangbai.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How 20% of a group's units becomes a whole number of commended units. */
public enum QuotaRounding implements LabeledOption {
    HALF_UP("enum.quotaRounding.HALF_UP", RoundingMode.HALF_UP),
    FLOOR("enum.quotaRounding.FLOOR", RoundingMode.FLOOR),
    CEILING("enum.quotaRounding.CEILING", RoundingMode.CEILING);

    private final String labelKey;
    private final RoundingMode mode;

    QuotaRounding(String labelKey, RoundingMode mode) {
        this.labelKey = labelKey;
        this.mode = mode;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public int apply(BigDecimal exact) {
        return exact.setScale(0, mode).intValueExact();
    }
}
