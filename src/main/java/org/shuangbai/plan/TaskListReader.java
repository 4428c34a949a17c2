package org.shuangbai.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * Reads and checks the district's task list: tasks.csv in the plan folder (optional), or the rows of a
 * file being imported (`import tasks`), with the same rules: a unique id of code characters, a source
 * from lists.csv's 项目来源, a text, a lead unit and partner units of the plan (by code or name).
 */
public final class TaskListReader {
    public static final String TASKS = "tasks.csv";

    private final String fileName;
    private final Plan plan;
    private final List<PlanProblem> problems;
    private final Map<String, AssessedUnit> byName = new HashMap<>();

    private TaskListReader(String fileName, Plan plan, List<PlanProblem> problems) {
        this.fileName = fileName;
        this.plan = plan;
        this.problems = problems;
        for (AssessedUnit u : plan.units()) {
            byName.putIfAbsent(u.name(), u);
        }
    }

    /** The plan folder's tasks.csv, or {@link TaskList#NONE} when there is none. */
    static TaskList read(Path dir, Plan plan, List<PlanProblem> problems) {
        if (!Files.exists(dir.resolve(TASKS))) {
            return TaskList.NONE;
        }
        CsvTable table = CsvTable.read(dir, TASKS, TaskColumn.REQUIRED, TaskColumn.OPTIONAL, problems);
        return build(TASKS, table.rows(), plan, problems);
    }

    /**
     * Tasks from rows read elsewhere (an imported file), each problem naming {@code fileName} and the row's
     * line. Units are resolved to their codes.
     */
    public static TaskList build(String fileName, List<CsvTable.Row> rows, Plan plan, List<PlanProblem> problems) {
        return new TaskListReader(fileName, plan, problems).build(rows);
    }

    private TaskList build(List<CsvTable.Row> rows) {
        List<DistrictTask> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> sources = plan.list(Plan.LIST_PROJECT_SOURCES);
        for (CsvTable.Row row : rows) {
            String id = required(row, TaskColumn.ID);
            if (!id.isEmpty() && !ids.add(id)) {
                problem(row, TaskColumn.ID, Messages.text("tasks.problem.duplicateId", "id", id));
            }
            if (!id.isEmpty() && !id.matches("[A-Za-z0-9_-]{1,32}")) {
                problem(row, TaskColumn.ID, Messages.text("plan.problem.codeCharacters", "code", id));
            }
            String source = required(row, TaskColumn.SOURCE);
            if (!source.isEmpty() && !sources.isEmpty() && !sources.contains(source)) {
                problem(row, TaskColumn.SOURCE, Messages.text("tasks.problem.unknownSource", "source", source,
                        "sources", Lists.enumeration(sources)));
            }
            String text = required(row, TaskColumn.TEXT);
            String lead = unit(row, TaskColumn.LEAD, required(row, TaskColumn.LEAD));
            List<String> partners = new ArrayList<>();
            String partnersText = row.get(TaskColumn.PARTNERS);
            if (!partnersText.isEmpty()) {
                for (String p : partnersText.split(PlanLoader.LIST_SEPARATORS)) {
                    if (p.isEmpty()) {
                        continue;
                    }
                    String code = unit(row, TaskColumn.PARTNERS, p);
                    if (code == null) {
                        continue;
                    }
                    if (code.equals(lead)) {
                        problem(row, TaskColumn.PARTNERS, Messages.text("tasks.problem.partnerIsLead", "unit", p));
                    } else if (partners.contains(code)) {
                        problem(row, TaskColumn.PARTNERS, Messages.text("tasks.problem.partnerTwice", "unit", p));
                    } else {
                        partners.add(code);
                    }
                }
            }
            tasks.add(new DistrictTask(id, source, text, lead == null ? "" : lead, partners,
                    row.get(TaskColumn.DEADLINE)));
        }
        return new TaskList(tasks);
    }

    /** The code of the unit a cell names by code or by name; null (and a problem) when the plan has none. */
    private String unit(CsvTable.Row row, TaskColumn column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (plan.unit(text).isPresent()) {
            return text;
        }
        AssessedUnit named = byName.get(text);
        if (named != null) {
            return named.code();
        }
        problem(row, column, Messages.text("tasks.problem.unknownUnit", "unit", text, "units", PlanLoader.UNITS));
        return null;
    }

    private String required(CsvTable.Row row, TaskColumn column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row, column, Messages.text("plan.problem.required", "column", column.label()));
        }
        return v;
    }

    private void problem(CsvTable.Row row, TaskColumn column, String message) {
        problems.add(new PlanProblem(fileName, row.line(), column.label(), message));
    }
}
