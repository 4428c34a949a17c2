package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.shuangbai.Workspace;
import org.shuangbai.tables.ImportLimits;
import org.shuangbai.tables.RawFile;
import org.shuangbai.tables.RawFileRefused;
import org.shuangbai.tables.RawFiles;
import org.shuangbai.tables.RawRow;
import org.shuangbai.tables.RawRows;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.CsvTable;
import org.shuangbai.plan.DistrictTask;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.plan.TaskColumn;
import org.shuangbai.plan.TaskList;
import org.shuangbai.plan.TaskListReader;
import org.shuangbai.tables.TableFiles;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * 导入区任务清单: takes the district's task list (CSV or .xlsx: 任务编号, 来源, 任务内容, 牵头单位, 配合单位,
 * 完成时限, in any column order) into the plan as input/plan/tasks.csv, checked as plan check checks it.
 * A file with any problem is refused whole and the plan stays as it was; a task list it replaces is kept
 * beside it.
 */
public final class ImportTasks {
    private ImportTasks() {
    }

    public static ImportTasksResult run(Workspace workspace, Path file)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(Messages.text("evaluation.pathMissing", "path", file.toAbsolutePath()));
        }
        Plan plan = Plans.load(workspace);
        String name = file.getFileName().toString();
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            RawFile raw;
            List<CsvTable.Row> rows;
            List<PlanProblem> problems = new ArrayList<>();
            try {
                raw = RawFiles.inspect(file, ImportLimits.DEFAULT);
                rows = rows(raw, problems);
            } catch (RawFileRefused e) {
                return refused(file, null, List.of(new PlanProblem(name, 0, null, e.what() + e.todo())));
            }
            if (!problems.isEmpty()) {
                return refused(file, raw, problems);
            }
            TaskList tasks = TaskListReader.build(name, rows, plan, problems);
            if (tasks.isEmpty() && problems.isEmpty()) {
                problems.add(new PlanProblem(name, 0, null, Messages.text("tasks.import.noTasks")));
            }
            if (!problems.isEmpty()) {
                return refused(file, raw, problems);
            }
            Path target = workspace.planDir().resolve(TaskListReader.TASKS);
            Path previous = keepPrevious(target);
            write(target, plan, tasks);
            try {
                PlanLoader.load(workspace.planDir()); // the plan with its new task list, checked whole
            } catch (PlanException e) {
                Files.delete(target);
                if (previous != null) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            Map<String, Integer> bySource = new LinkedHashMap<>();
            for (DistrictTask t : tasks.all()) {
                bySource.merge(t.source(), 1, Integer::sum);
            }
            long units = plan.units().stream().filter(u -> !tasks.of(u.code()).isEmpty()).count();
            return new ImportTasksResult(file, raw, tasks.all().size(), (int) units, bySource, List.of(), target,
                    previous, registrationFormsExist(workspace));
        }
    }

    private static ImportTasksResult refused(Path file, RawFile raw, List<PlanProblem> problems) {
        return new ImportTasksResult(file, raw, 0, 0, Map.of(), problems, null, null, false);
    }

    /** The rows below the header, each cell under its column; a header lacking a required column refuses the file. */
    private static List<CsvTable.Row> rows(RawFile raw, List<PlanProblem> problems) throws IOException, RawFileRefused {
        List<CsvTable.Row> out = new ArrayList<>();
        List<CsvTable.Column> columns = new ArrayList<>();
        List<RawRow> above = new ArrayList<>();
        List<TaskColumn> all = Stream.concat(TaskColumn.REQUIRED.stream(), TaskColumn.OPTIONAL.stream()).toList();
        RawRows.read(raw, ImportLimits.DEFAULT, row -> {
            if (row.blank()) {
                return;
            }
            if (columns.isEmpty()) {
                List<CsvTable.Column> found = new ArrayList<>();
                for (String cell : row.cells()) {
                    String h = cell == null ? "" : cell.replace("\uFEFF", "").trim();
                    found.add(all.stream().filter(c -> c.isNamedBy(h)).findFirst().orElse(null));
                }
                if (found.containsAll(TaskColumn.REQUIRED)) {
                    columns.addAll(found);
                } else if (above.add(row) && above.size() > 5) {
                    throw new RawFileRefused(header(above.get(0)), Messages.text("tasks.import.header.todo"));
                }
                return;
            }
            Map<CsvTable.Column, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) == null) {
                    continue;
                }
                if (row.formula(i)) {
                    problems.add(new PlanProblem(raw.fileName(), (int) row.line(), columns.get(i).label(),
                            Messages.text("tasks.import.formula")));
                }
                cells.put(columns.get(i), row.cell(i));
            }
            out.add(new CsvTable.Row((int) row.line(), cells));
        });
        if (columns.isEmpty()) {
            throw new RawFileRefused(above.isEmpty() ? Messages.text("evaluation.header.noRows") : header(above.get(0)),
                    Messages.text("tasks.import.header.todo"));
        }
        return out;
    }

    private static String header(RawRow row) {
        return Messages.text("tasks.import.header", "line", row.line(), "found", String.join(" | ",
                Arrays.stream(row.cells()).map(c -> c == null ? "" : c.trim()).toList()), "required",
                Lists.enumeration(TaskColumn.REQUIRED.stream().map(TaskColumn::label).toList()));
    }

    /** tasks.csv in the plan's own form: units by name, partners separated by 、. */
    private static void write(Path target, Plan plan, TaskList tasks) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (DistrictTask t : tasks.all()) {
            rows.add(List.of(t.id(), t.source(), t.text(), name(plan, t.leadCode()),
                    Lists.enumeration(t.partnerCodes().stream().map(c -> name(plan, c)).toList()), t.deadline()));
        }
        List<String> header = Stream.concat(TaskColumn.REQUIRED.stream(), TaskColumn.OPTIONAL.stream())
                .map(TaskColumn::label).toList();
        TableFiles.csv(target, header, rows);
    }

    private static String name(Plan plan, String code) {
        return plan.unit(code).map(u -> u.name()).orElse(code);
    }

    /** Moves an existing tasks.csv aside (tasks.csv.before-import-N), never overwriting an earlier one. */
    private static Path keepPrevious(Path target) throws IOException {
        if (!Files.exists(target)) {
            return null;
        }
        for (int n = 1; ; n++) {
            Path kept = target.resolveSibling(target.getFileName() + ".before-import-" + n);
            if (!Files.exists(kept)) {
                Files.move(target, kept, StandardCopyOption.ATOMIC_MOVE);
                return kept;
            }
        }
    }

    private static boolean registrationFormsExist(Workspace workspace) throws IOException {
        if (!Files.isDirectory(workspace.distributionDir())) {
            return false;
        }
        String title = org.shuangbai.plan.FormKind.REGISTRATION.title();
        try (Stream<Path> walk = Files.walk(workspace.distributionDir())) {
            return walk.anyMatch(p -> p.getFileName().toString().contains(title));
        }
    }
}
