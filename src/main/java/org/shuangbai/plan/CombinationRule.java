package org.shuangbai.plan;

/**
 * How the scores of the bodies assigned to one indicator for one unit become its score (assignments.csv,
 * 合并方式; every row of an indicator names the same rule).
 */
public enum CombinationRule implements LabeledOption {
    /** 算术平均: the plain mean of every assigned body's score. */
    MEAN("enum.combinationRule.MEAN"),
    /** 加权平均: each body's score times its 权重; the weights of the bodies scoring a unit add up to 1. */
    WEIGHTED("enum.combinationRule.WEIGHTED"),
    /** 以牵头单位为准: the lead body's score; the others' scores are recorded and shown but do not count. */
    LEAD("enum.combinationRule.LEAD");

    private final String labelKey;

    CombinationRule(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
