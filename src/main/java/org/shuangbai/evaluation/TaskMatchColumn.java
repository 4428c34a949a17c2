package org.shuangbai.evaluation;

import java.util.List;

import org.shuangbai.plan.CsvTable;

/** A column of task-matches.csv, the office's decisions on registrations; words in messages.properties. */
public enum TaskMatchColumn implements CsvTable.Column {
    UNIT("taskCheck.column.unit"),
    ROW("taskCheck.column.row"),
    TASK("taskCheck.column.task"),
    // written beside the three in the list of matches to confirm, so that it can be edited and copied back
    UNIT_NAME("taskCheck.column.unitName"),
    PROJECT("taskCheck.column.project"),
    TASK_TEXT("taskCheck.column.taskText"),
    SIMILARITY("taskCheck.column.similarity");

    /** In the plan folder: the office's decisions. */
    public static final String FILE = "task-matches.csv";
    public static final List<TaskMatchColumn> REQUIRED = List.of(UNIT, ROW, TASK);
    public static final List<TaskMatchColumn> OPTIONAL = List.of(UNIT_NAME, PROJECT, TASK_TEXT, SIMILARITY);

    private final String key;

    TaskMatchColumn(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return key;
    }
}
