package org.shuangbai.plan;

/** How several assessors' score sheets for one unit are combined per indicator. */
public enum Aggregation implements LabeledOption {
    MEAN("算术平均"),
    /** Drops one highest and one lowest sheet when there are at least trimMinSheets sheets. */
    TRIMMED_MEAN("去掉一个最高分和一个最低分后平均");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
