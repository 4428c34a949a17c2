package org.shuangbai.documents;

import static org.shuangbai.documents.WordXml.p;
import static org.shuangbai.documents.WordXml.runs;
import static org.shuangbai.documents.WordXml.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.shuangbai.Workspace;
import org.shuangbai.evaluation.RegisteredProject;
import org.shuangbai.evaluation.TaskFinding;
import org.shuangbai.evaluation.TaskMatchColumn;
import org.shuangbai.evaluation.UnitTaskCheck;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.SafeFileName;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.DistrictTask;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.Plan;
import org.shuangbai.tables.TableFiles;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * The 立项核对 files of output/tasks/: per unit that must correct its registration a 整改要求 (DOCX in the
 * notice's Word template), the district-wide 立项核对情况 for the body assessing indicator 1 (DOCX), the
 * summary per unit and every finding (CSV and XLSX), and the registrations matched by name or to no task
 * in the form of task-matches.csv, for the office to confirm or override. Every finding names the file,
 * sheet and cell it concerns.
 */
public final class TaskCheckFiles {
    private static final int SMALL = 20; // 10 pt in half points

    private TaskCheckFiles() {
    }

    public static List<Path> write(Workspace workspace, Plan plan, List<UnitTaskCheck> checks) throws IOException {
        Path dir = workspace.tasksDir();
        Path letters = dir.resolve(Messages.text("taskCheck.file.rectificationDir"));
        clear(letters);
        Files.createDirectories(letters);
        int year = plan.settings().year();
        LocalDate date = plan.settings().notice().date();
        List<Path> written = new ArrayList<>();
        BodyDocx docx = new BodyDocx(workspace, date);
        List<List<Object>> summary = new ArrayList<>();
        List<List<Object>> findings = new ArrayList<>();
        List<List<Object>> toConfirm = new ArrayList<>();
        for (UnitTaskCheck c : checks) {
            AssessedUnit unit = plan.unit(c.unitCode()).orElseThrow();
            summary.add(List.of(unit.code(), unit.name(), verdict(c), c.tasks(), c.registrations(),
                    c.count(TaskFinding.Kind.MISSING), c.count(TaskFinding.Kind.TWICE),
                    c.count(TaskFinding.Kind.UNKNOWN_TASK), c.count(TaskFinding.Kind.NO_TASK),
                    c.count(TaskFinding.Kind.BY_NAME)));
            for (TaskFinding f : c.findings()) {
                RegisteredProject p = f.projects().isEmpty() ? null : f.projects().get(0);
                findings.add(List.of(unit.code(), unit.name(), kind(f.kind()), f.task() == null ? taskId(f) : f.task().id(),
                        f.task() == null ? "" : f.task().text(), c.form().file(), c.form().sheet(),
                        cells(plan, c, f), describe(plan, c, f), todo(f)));
                if (f.kind() == TaskFinding.Kind.BY_NAME || f.kind() == TaskFinding.Kind.NO_TASK) {
                    toConfirm.add(List.of(unit.code(), unit.name(), p.row(), p.name(),
                            f.task() == null ? Messages.text("taskCheck.none") : f.task().id(),
                            f.task() == null ? "" : f.task().text(), f.similarity() == null ? "" : f.similarity()));
                }
            }
            if (c.rectify()) {
                written.add(docx.write(letters.resolve(SafeFileName.of(Messages.text(
                        "taskCheck.file.rectification", "code", unit.code(), "unit", unit.name()), ".docx")),
                        text -> rectification(plan, c, unit, text)));
            }
        }
        written.addAll(EvaluationFiles.table(dir, Messages.text("taskCheck.file.summary"),
                columns("taskCheck.summary.columns"), summary, new int[] {8, 24, 10, 8, 8, 6, 8, 8, 8, 10}, year));
        written.addAll(EvaluationFiles.table(dir, Messages.text("taskCheck.file.findings"),
                columns("taskCheck.findings.columns"), findings, new int[] {8, 20, 14, 10, 40, 40, 14, 10, 80, 60}, year));
        Path confirm = dir.resolve(Messages.text("taskCheck.file.toConfirm") + ".csv");
        TableFiles.csv(confirm, List.of(TaskMatchColumn.UNIT.label(), TaskMatchColumn.UNIT_NAME.label(),
                TaskMatchColumn.ROW.label(), TaskMatchColumn.PROJECT.label(), TaskMatchColumn.TASK.label(),
                TaskMatchColumn.TASK_TEXT.label(), TaskMatchColumn.SIMILARITY.label()), toConfirm);
        written.add(confirm);
        written.add(docx.write(dir.resolve(Messages.text("taskCheck.file.report") + ".docx"),
                text -> report(plan, checks, text)));
        return written;
    }

    /** The unit's verdict: no finding to correct, to correct, or form not returned. */
    public static String verdict(UnitTaskCheck c) {
        return Messages.text(!c.returned() ? "taskCheck.verdict.notReturned"
                : c.rectify() ? "taskCheck.verdict.rectify" : "taskCheck.verdict.ok");
    }

    public static String kind(TaskFinding.Kind kind) {
        return Messages.text(kind.labelKey());
    }

    /** What was found, naming the unit, the file, the sheet and the cells. */
    public static String describe(Plan plan, UnitTaskCheck c, TaskFinding f) {
        String unit = plan.unit(c.unitCode()).map(AssessedUnit::name).orElse(c.unitCode());
        DistrictTask t = f.task();
        RegisteredProject p = f.projects().isEmpty() ? null : f.projects().get(0);
        return switch (f.kind()) {
            case MISSING -> Messages.text("taskCheck.finding.MISSING", "unit", unit, "id", t.id(), "source", t.source(),
                    "text", t.text(), "role", role(t, c.unitCode()), "file", c.form().file(), "sheet", c.form().sheet(),
                    "cell", cells(plan, c, f));
            case TWICE -> Messages.text("taskCheck.finding.TWICE", "unit", unit, "id", t.id(), "text", t.text(),
                    "count", f.projects().size(), "file", c.form().file(), "sheet", c.form().sheet(),
                    "where", f.projects().stream().map(r -> Messages.text("taskCheck.where", "row", r.row(),
                            "name", r.name(), "cell", r.taskCell().isEmpty() ? r.nameCell() : r.taskCell()))
                            .collect(Lists.enumerating()));
            case UNKNOWN_TASK -> Messages.text("taskCheck.finding.UNKNOWN_TASK", "unit", unit, "file", p.file(),
                    "sheet", p.sheet(), "cell", p.taskCell(), "row", p.row(), "name", p.name(), "id", p.taskId(),
                    "why", t == null ? Messages.text("taskCheck.unknown.notListed")
                            : Messages.text("taskCheck.unknown.notOwn", "lead",
                                    plan.unit(t.leadCode()).map(AssessedUnit::name).orElse(t.leadCode())));
            case NO_TASK -> Messages.text("taskCheck.finding.NO_TASK", "unit", unit, "file", p.file(), "sheet", p.sheet(),
                    "cell", p.nameCell(), "row", p.row(), "name", p.name());
            case BY_NAME -> Messages.text("taskCheck.finding.BY_NAME", "unit", unit, "file", p.file(), "sheet", p.sheet(),
                    "cell", p.nameCell(), "row", p.row(), "name", p.name(), "similarity", f.similarity(), "id", t.id(),
                    "text", t.text());
        };
    }

    /** What the unit (or, for a match by name, the office) is to do. */
    public static String todo(TaskFinding f) {
        return Messages.text(f.kind().todoKey(), "id", f.task() == null ? "" : f.task().id(),
                "file", TaskMatchColumn.FILE, "confirm", Messages.text("taskCheck.file.toConfirm") + ".csv");
    }

    private static String taskId(TaskFinding f) {
        return f.projects().isEmpty() ? "" : f.projects().get(0).taskId();
    }

    private static String role(DistrictTask t, String unitCode) {
        return Messages.text(t.ledBy(unitCode) ? "taskCheck.role.lead" : "taskCheck.role.partner");
    }

    /**
     * The cells a finding concerns: for a missing task its line in the task list printed below the form
     * (as the plan's form shows it today), else the rows' 对应任务编号 (or 项目名称) cells.
     */
    static String cells(Plan plan, UnitTaskCheck c, TaskFinding f) {
        if (f.kind() == TaskFinding.Kind.MISSING) {
            AssessedUnit unit = plan.unit(c.unitCode()).orElseThrow();
            int n = plan.tasks().of(unit.code()).indexOf(f.task()) + 1;
            return FormLayouts.build(plan, unit, FormKind.REGISTRATION).label("tasks." + n + ".id")
                    .map(CellSpec::ref).orElse("");
        }
        return f.projects().stream().map(p -> f.kind() == TaskFinding.Kind.NO_TASK || p.taskCell().isEmpty()
                ? p.nameCell() : p.taskCell()).collect(Lists.enumerating());
    }

    /**
     * 整改要求: to the unit, from the body assessing indicator 1, every finding to correct in a table; its body,
     * each text as {@code text} writes it.
     */
    private static String rectification(Plan plan, UnitTaskCheck c, AssessedUnit unit, UnaryOperator<String> text) {
        StringBuilder body = new StringBuilder();
        body.append(p("Title", "", runs(text.apply(Messages.text("taskCheck.doc.title", "unit", unit.name())))));
        body.append(p("Addressee", "<w:spacing w:beforeLines=\"100\" w:before=\"579\"/>",
                runs(text.apply(Messages.text("taskCheck.doc.salutation", "unit", unit.name())))));
        body.append(p("Normal", "", runs(text.apply(Messages.text("taskCheck.doc.intro", "plan",
                plan.settings().planTitle(), "file", c.form().file(), "tasks", c.tasks(),
                "registrations", c.registrations())))));
        List<String[]> rows = new ArrayList<>();
        rows.add(Messages.text("taskCheck.doc.columns").split("\\|"));
        int n = 0;
        for (TaskFinding f : c.findings()) {
            if (f.kind().rectify()) {
                rows.add(new String[] {String.valueOf(++n), kind(f.kind()), describe(plan, c, f), todo(f)});
            }
        }
        table(body, rows, new int[] {600, 1300, 4444, 2500}, SMALL, -1, false, text);
        List<TaskFinding> byName = c.findings().stream().filter(f -> f.kind() == TaskFinding.Kind.BY_NAME).toList();
        if (!byName.isEmpty()) {
            body.append(p("Normal", "", runs(text.apply(Messages.text("taskCheck.doc.byName", "count", byName.size())))));
        }
        body.append(p("Normal", "", runs(text.apply(Messages.text("taskCheck.doc.closing")))));
        body.append(p("Signature", "<w:spacing w:beforeLines=\"100\" w:before=\"579\"/>",
                runs(text.apply(assessingBody(plan)))));
        return body.toString();
    }

    /** 立项核对情况: the district summary, addressed to the body that assesses indicator 1 (立项). */
    private static String report(Plan plan, List<UnitTaskCheck> checks, UnaryOperator<String> text) {
        Indicator indicator = registrationIndicator(plan);
        long returned = checks.stream().filter(UnitTaskCheck::returned).count();
        StringBuilder body = new StringBuilder();
        body.append(p("Title", "", runs(text.apply(Messages.text("taskCheck.report.title",
                "year", plan.settings().year())))));
        body.append(p("Normal", "", runs(text.apply(Messages.text("taskCheck.report.intro",
                "indicator", indicator == null ? "" : indicator.name(),
                "code", indicator == null ? "" : indicator.code(),
                "points", indicator == null ? "" : indicator.maxScore().stripTrailingZeros().toPlainString(),
                "body", assessingBody(plan), "tasks", plan.tasks().all().size(),
                "units", checks.stream().filter(c -> c.tasks() > 0).count(),
                "returned", returned, "notReturned", checks.size() - returned,
                "rectify", checks.stream().filter(UnitTaskCheck::rectify).count(),
                "missing", total(checks, TaskFinding.Kind.MISSING), "twice", total(checks, TaskFinding.Kind.TWICE),
                "unknown", total(checks, TaskFinding.Kind.UNKNOWN_TASK),
                "byName", total(checks, TaskFinding.Kind.BY_NAME))))));
        List<String[]> rows = new ArrayList<>();
        rows.add(Messages.text("taskCheck.report.columns").split("\\|"));
        for (UnitTaskCheck c : checks) {
            AssessedUnit unit = plan.unit(c.unitCode()).orElseThrow();
            rows.add(new String[] {unit.code(), unit.name(), String.valueOf(c.tasks()),
                    c.returned() ? String.valueOf(c.registrations()) : "", count(c, TaskFinding.Kind.MISSING),
                    count(c, TaskFinding.Kind.TWICE), count(c, TaskFinding.Kind.UNKNOWN_TASK),
                    count(c, TaskFinding.Kind.BY_NAME), verdict(c)});
        }
        table(body, rows, new int[] {700, 2244, 700, 700, 700, 700, 900, 900, 1300}, SMALL, -1, false, text);
        return body.toString();
    }

    /**
     * Indicator 1 of the first system (效能监察 in the bundled plan: 立项重点突出), whose assessing body checks
     * the registrations; null for a plan without indicators.
     */
    public static Indicator registrationIndicator(Plan plan) {
        return plan.systems().isEmpty() ? null : plan.indicators()
                .filter(i -> i.systemCode().equals(plan.systems().get(0).code()) && i.number() == 1)
                .findFirst().orElse(null);
    }

    private static String assessingBody(Plan plan) {
        Indicator indicator = registrationIndicator(plan);
        return indicator == null ? plan.settings().office() : indicator.responsibleUnit();
    }

    private static long total(List<UnitTaskCheck> checks, TaskFinding.Kind kind) {
        return checks.stream().mapToLong(c -> c.count(kind)).sum();
    }

    private static String count(UnitTaskCheck c, TaskFinding.Kind kind) {
        return c.returned() ? String.valueOf(c.count(kind)) : "";
    }

    private static List<String> columns(String key) {
        return List.of(Messages.text(key).split("\\|"));
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }
}
