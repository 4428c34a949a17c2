package org.shuangbai.plan;

import java.util.Arrays;
import java.util.Optional;

/** What a 一票否决 finding does to a unit, as the seed's preamble to the five situations states. */
public enum VetoEffect {
    /** 取消评优资格: the unit cannot be graded 优秀 nor commended. */
    LOSE_EXCELLENCE("取消评优资格"),
    /** 评为较差: the unit's grade is 较差 whatever its total (and so it is not commended either). */
    GRADE_POOR("评为较差");

    private final String label;

    VetoEffect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<VetoEffect> fromLabel(String text) {
        return Arrays.stream(values()).filter(e -> e.label.equals(text) || e.name().equals(text)).findFirst();
    }
}
