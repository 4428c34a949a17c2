package org.shuangbai.plan;

/**
 * 评分单位: a body that scores its indicators for the units it covers, in one workbook of its own
 * (assessors.csv).
 *
 * @param cover the units it may score at all (覆盖单位): a check group its own units, a leader the
 *              departments in his charge
 */
public record Assessor(String code, String name, AssessorKind kind, UnitScope cover, String note) {
}
