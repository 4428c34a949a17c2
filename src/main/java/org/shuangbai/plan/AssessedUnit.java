package org.shuangbai.plan;

/** 被考核单位: a street/area office or a department, identified by a code that stays stable across years. */
public record AssessedUnit(String code, String name, UnitGroup group, String kind) {
}
