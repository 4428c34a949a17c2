package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangbai.Workspace;
import org.shuangbai.documents.TaskCheckFiles;
import org.shuangbai.evaluation.RegisteredProject;
import org.shuangbai.evaluation.RegistrationForm;
import org.shuangbai.evaluation.TaskCheck;
import org.shuangbai.evaluation.TaskMatchColumn;
import org.shuangbai.evaluation.TaskMatchDecision;
import org.shuangbai.evaluation.UnitTaskCheck;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.CsvTable;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.RecordField;
import org.shuangbai.plan.FieldKey.RecordKind;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.text.Messages;

/**
 * 立项核对 (section 五(一), 缺项漏项): the 效能监察立项表 rows in the ledger matched to the district's task
 * list ({@link TaskCheck}), the office's decisions in input/plan/task-matches.csv applied; a 整改要求 per
 * unit that must correct its registration, the district summary for the body assessing indicator 1 and
 * the lists written to output/tasks/.
 */
public final class CheckTasks {
    private CheckTasks() {
    }

    public static TaskCheckResult run(Workspace workspace)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        Plan plan = Plans.load(workspace);
        if (plan.tasks().isEmpty()) {
            throw new UsageException(Messages.text("taskCheck.noTasks", "dir", workspace.planDir()));
        }
        List<TaskMatchDecision> decisions = decisions(workspace.planDir(), plan);
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            List<RegistrationForm> forms = new ArrayList<>();
            List<RegisteredProject> projects = new ArrayList<>();
            if (Files.exists(workspace.ledgerFile())) {
                read(workspace, plan, forms, projects);
            }
            List<UnitTaskCheck> checks = TaskCheck.check(plan, forms, projects, decisions);
            List<Path> files = TaskCheckFiles.write(workspace, plan, checks);
            return new TaskCheckResult(plan, checks, decisions.size(), files);
        }
    }

    /** The current registration forms and their projects, each with its file, sheet and cells. */
    private static void read(Workspace workspace, Plan plan, List<RegistrationForm> forms, List<RegisteredProject> out) {
        List<RecordedValue> values;
        try (Ledger ledger = Ledger.open(workspace)) {
            values = ledger.currentValues(FormKind.REGISTRATION);
        }
        Map<String, Map<Integer, Map<String, RecordedValue>>> rows = new LinkedHashMap<>();
        Map<String, RegistrationForm> byUnit = new LinkedHashMap<>();
        for (RecordedValue v : values) {
            byUnit.putIfAbsent(v.unitCode(), new RegistrationForm(v.unitCode(), v.sourceFile(), v.sheet()));
            if (v.field() instanceof RecordField f && f.kind() == RecordKind.PROJECT) {
                rows.computeIfAbsent(v.unitCode(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(f.number(), k -> new LinkedHashMap<>()).put(f.column(), v);
            }
        }
        forms.addAll(byUnit.values());
        rows.forEach((unit, byRow) -> {
            Optional<AssessedUnit> assessed = plan.unit(unit);
            FormLayout layout = assessed.map(u -> FormLayouts.build(plan, u, FormKind.REGISTRATION)).orElse(null);
            byRow.forEach((row, cells) -> {
                RecordedValue name = cells.get("name");
                if (name == null) {
                    return; // a row without a name is no project (intake refuses such rows anyway)
                }
                RecordedValue task = cells.get(TASK);
                String taskCell = task != null ? task.cell()
                        : cellOf(layout, new RecordField(RecordKind.PROJECT, row, TASK));
                out.add(new RegisteredProject(unit, row, name.value(), task == null ? "" : task.value().strip(),
                        name.sourceFile(), name.sheet(), name.cell(), taskCell));
            });
        });
    }

    private static final String TASK = "task";

    /** The A1 reference of a field on a layout; "" when the layout has no such field. */
    static String cellOf(FormLayout layout, FieldKey key) {
        if (layout == null) {
            return "";
        }
        return layout.cells().stream().filter(c -> key.equals(c.key())).findFirst().map(CellSpec::ref).orElse("");
    }

    /** The office's decisions (task-matches.csv), checked: any problem stops the check as a plan problem does. */
    static List<TaskMatchDecision> decisions(Path planDir, Plan plan) throws PlanException {
        if (!Files.exists(planDir.resolve(TaskMatchColumn.FILE))) {
            return List.of();
        }
        List<PlanProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.read(planDir, TaskMatchColumn.FILE, TaskMatchColumn.REQUIRED,
                TaskMatchColumn.OPTIONAL, problems);
        List<TaskMatchDecision> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int max = plan.settings().forms().registrationRows();
        for (CsvTable.Row r : table.rows()) {
            String unitText = r.get(TaskMatchColumn.UNIT);
            Optional<AssessedUnit> unit = plan.unit(unitText).or(() -> plan.units().stream()
                    .filter(u -> u.name().equals(unitText)).findFirst());
            if (unit.isEmpty()) {
                problems.add(problem(r, TaskMatchColumn.UNIT, Messages.text("tasks.problem.unknownUnit",
                        "unit", unitText, "units", "units.csv")));
                continue;
            }
            String rowText = r.get(TaskMatchColumn.ROW);
            int row = rowText.matches("\\d{1,4}") ? Integer.parseInt(rowText) : 0;
            if (row < 1 || row > max) {
                problems.add(problem(r, TaskMatchColumn.ROW, Messages.text("taskCheck.decision.badRow",
                        "row", rowText, "max", max)));
                continue;
            }
            String task = r.get(TaskMatchColumn.TASK);
            if (task.equals(Messages.text("taskCheck.none"))) {
                task = "";
            }
            if (!task.isEmpty() && plan.tasks().task(task).isEmpty()) {
                problems.add(problem(r, TaskMatchColumn.TASK, Messages.text("taskCheck.decision.unknownTask",
                        "id", task, "none", Messages.text("taskCheck.none"))));
                continue;
            }
            Integer earlier = seen.putIfAbsent(unit.get().code() + "|" + row, r.line());
            if (earlier != null) {
                problems.add(problem(r, TaskMatchColumn.ROW, Messages.text("taskCheck.decision.twice",
                        "unit", unitText, "row", row, "line", earlier)));
                continue;
            }
            out.add(new TaskMatchDecision(unit.get().code(), row, task));
        }
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        return out;
    }

    private static PlanProblem problem(CsvTable.Row r, TaskMatchColumn column, String message) {
        return new PlanProblem(TaskMatchColumn.FILE, r.line(), column.label(), message);
    }
}
