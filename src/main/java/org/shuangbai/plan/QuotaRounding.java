package org.shuangbai.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How 20% of a group's units becomes a whole number of commended units. */
public enum QuotaRounding implements LabeledOption {
    HALF_UP("四舍五入", RoundingMode.HALF_UP),
    FLOOR("向下取整", RoundingMode.FLOOR),
    CEILING("向上取整", RoundingMode.CEILING);

    private final String label;
    private final RoundingMode mode;

    QuotaRounding(String label, RoundingMode mode) {
        this.label = label;
        this.mode = mode;
    }

    @Override
    public String label() {
        return label;
    }

    public int apply(BigDecimal exact) {
        return exact.setScale(0, mode).intValueExact();
    }
}
