package org.shuangbai.plan;

/** What happens when units with equal totals straddle the commendation cut. */
public enum TieAtCut implements LabeledOption {
    /** Every unit tied at the cut is commended (the list may exceed the quota). */
    INCLUDE_ALL("并列者全部入选"),
    /** No unit tied at the cut is commended (the list may fall short of the quota). */
    EXCLUDE_ALL("并列者均不入选");

    private final String label;

    TieAtCut(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
