package org.shuangbai.plan;

/** How several assessors' score sheets for one unit are combined per indicator. */
public enum Aggregation implements LabeledOption {
    MEAN("enum.aggregation.MEAN"),
    /** Drops one highest and one lowest sheet when there are at least trimMinSheets sheets. */
    TRIMMED_MEAN("enum.aggregation.TRIMMED_MEAN");

    private final String labelKey;

    Aggregation(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
