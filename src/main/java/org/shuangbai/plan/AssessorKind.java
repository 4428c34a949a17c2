package org.shuangbai.plan;

/**
 * What kind of body an assessing body (评分单位) is, as section 三 of the plan describes the channels:
 * a department scoring its field (职能部门检查评议), a year-end check group (互查互评), an evaluation panel
 * (民主评议), a leader scoring the departments in his charge (主管领导评议), or a channel whose figures come
 * from raw data (网上评议, 民意测评, 征求意见). assessors.csv names it by its label.
 */
public enum AssessorKind implements LabeledOption {
    DEPARTMENT("enum.assessorKind.DEPARTMENT"),
    CHECK_GROUP("enum.assessorKind.CHECK_GROUP"),
    PANEL("enum.assessorKind.PANEL"),
    LEADER("enum.assessorKind.LEADER"),
    /** Scores computed from raw exports (a later issue); until then it may return a workbook like any body. */
    CHANNEL("enum.assessorKind.CHANNEL");

    private final String labelKey;

    AssessorKind(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
