package org.shuangbai.evaluation;

/**
 * One row of a unit's 效能监察立项表 as the ledger holds it, with where it was read: the check against
 * the district's task list names this file, sheet and cell in every finding.
 *
 * @param row      the row number on the form (P01 is 1)
 * @param taskId   对应任务编号 as filled, "" when left empty (or when the form has no such column)
 * @param nameCell the cell of 项目名称, e.g. B5
 * @param taskCell the cell of 对应任务编号, "" when the form had none
 */
public record RegisteredProject(String unitCode, int row, String name, String taskId, String file, String sheet,
                                String nameCell, String taskCell) {
}
