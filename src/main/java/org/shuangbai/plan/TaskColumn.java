package org.shuangbai.plan;

/** A column of the district's task list (tasks.csv, and the file `import tasks` reads); words in messages.properties. */
public enum TaskColumn implements CsvTable.Column {
    ID("tasks.column.id"),
    SOURCE("tasks.column.source"),
    TEXT("tasks.column.text"),
    LEAD("tasks.column.lead"),
    PARTNERS("tasks.column.partners"),
    DEADLINE("tasks.column.deadline");

    private final String key;

    TaskColumn(String key) {
        this.key = key;
    }

    @Override
    public String labelKey() {
        return key;
    }

    /** The columns every task list has; 配合单位 and 完成时限 may be left out. */
    public static final java.util.List<TaskColumn> REQUIRED = java.util.List.of(ID, SOURCE, TEXT, LEAD);
    public static final java.util.List<TaskColumn> OPTIONAL = java.util.List.of(PARTNERS, DEADLINE);
}
