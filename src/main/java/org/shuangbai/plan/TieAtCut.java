package org.shuangbai.plan;

/** What happens when units with equal totals straddle the commendation cut. */
public enum TieAtCut implements LabeledOption {
    /** Every unit tied at the cut is commended (the list may exceed the quota). */
    INCLUDE_ALL("enum.tieAtCut.INCLUDE_ALL"),
    /** No unit tied at the cut is commended (the list may fall short of the quota). */
    EXCLUDE_ALL("enum.tieAtCut.EXCLUDE_ALL");

    private final String labelKey;

    TieAtCut(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
