package org.shuangbai.plan;

/**
 * What a 一票否决 finding does to a unit, as the seed's preamble to the five situations states.
 * vetoes.csv names it by its label (or the constant's name).
 */
public enum VetoEffect implements LabeledOption {
    /** 取消评优资格: the unit cannot be graded 优秀 nor commended. */
    LOSE_EXCELLENCE("enum.vetoEffect.LOSE_EXCELLENCE"),
    /** 评为较差: the unit's grade is 较差 whatever its total (and so it is not commended either). */
    GRADE_POOR("enum.vetoEffect.GRADE_POOR");

    private final String labelKey;

    VetoEffect(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
