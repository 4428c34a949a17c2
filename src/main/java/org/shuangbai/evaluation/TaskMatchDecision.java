package org.shuangbai.evaluation;

/**
 * The office's word on one registration (input/plan/task-matches.csv): the task it answers to, or
 * {@code taskId} "" for none. It wins over the id filled on the form and over a match by name.
 *
 * @param row the row number on the form (P01 is 1)
 */
public record TaskMatchDecision(String unitCode, int row, String taskId) {
}
