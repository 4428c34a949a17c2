package org.shuangbai.scoring;

/** Whether a unit could be scored in a system; a unit not scored is never treated as zero. */
public enum UnitStatus {
    SCORED("已计分"),
    MISSING("评分表未交"),
    REJECTED("评分表被退回");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
