package org.shuangbai.plan;

import java.util.Arrays;
import java.util.Optional;

/** The two groups of assessed units; ranks and the commendation quota are computed within a group. */
public enum UnitGroup {
    STREET("街乡"),
    DEPARTMENT("委办局");

    private final String label;

    UnitGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<UnitGroup> fromLabel(String text) {
        return Arrays.stream(values())
                .filter(g -> g.label.equals(text) || g.name().equals(text))
                .findFirst();
    }
}
