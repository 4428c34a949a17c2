package org.shuangbai.scoring;

import org.shuangbai.text.Messages;

/** Whether a unit could be scored in a system; a unit not scored is never treated as zero. */
public enum UnitStatus {
    SCORED("enum.unitStatus.SCORED"),
    MISSING("enum.unitStatus.MISSING"),
    REJECTED("enum.unitStatus.REJECTED");

    private final String labelKey;

    UnitStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The status people read, e.g. 评分表未交. */
    public String label() {
        return Messages.text(labelKey);
    }
}
