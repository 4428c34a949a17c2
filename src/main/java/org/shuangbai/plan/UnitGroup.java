package org.shuangbai.plan;

/**
 * The two groups of assessed units; ranks and the commendation quota are computed within a group.
 * units.csv names a unit's group by its label (or the constant's name).
 */
public enum UnitGroup implements LabeledOption {
    STREET("enum.unitGroup.STREET"),
    DEPARTMENT("enum.unitGroup.DEPARTMENT");

    private final String labelKey;

    UnitGroup(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
