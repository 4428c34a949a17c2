package org.shuangbai.plan;

import java.util.Set;

/**
 * A set of assessed units as the plan's tables write it: 全部, a group (街乡 / 委办局), unit codes and code
 * ranges such as {@code S01-S22}, or several of these joined by 、. Ranges are resolved against the plan's
 * units when the plan is loaded, so a scope holds plain codes and groups.
 *
 * @param text as written in the plan (shown in messages and rules)
 */
public record UnitScope(boolean all, Set<UnitGroup> groups, Set<String> codes, String text) {
    public UnitScope {
        groups = Set.copyOf(groups);
        codes = Set.copyOf(codes);
    }

    /** Every unit of the plan. */
    public static UnitScope everyUnit(String text) {
        return new UnitScope(true, Set.of(), Set.of(), text);
    }

    public boolean includes(AssessedUnit unit) {
        return all || groups.contains(unit.group()) || codes.contains(unit.code());
    }
}
