package org.shuangbai.plan;

/** How equal totals are ranked within a group. */
public enum RankTie implements LabeledOption {
    /** 1, 2, 2, 4: tied units share a rank and the next rank skips. */
    COMPETITION("并列同名次，其后名次顺延"),
    /** 1, 2, 2, 3: tied units share a rank and the next rank does not skip. */
    DENSE("并列同名次，其后名次连续");

    private final String label;

    RankTie(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
