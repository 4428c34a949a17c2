package org.shuangbai.plan;

/** How equal totals are ranked within a group. */
public enum RankTie implements LabeledOption {
    /** 1, 2, 2, 4: tied units share a rank and the next rank skips. */
    COMPETITION("enum.rankTie.COMPETITION"),
    /** 1, 2, 2, 3: tied units share a rank and the next rank does not skip. */
    DENSE("enum.rankTie.DENSE");

    private final String labelKey;

    RankTie(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
