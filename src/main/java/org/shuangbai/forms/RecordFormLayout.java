package org.shuangbai.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.DistrictTask;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FieldKey.RecordField;
import org.shuangbai.plan.FieldKey.RecordKind;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

import static org.shuangbai.forms.TextMetrics.LINE;

/**
 * The two forms of repeated record rows: 效能监察立项表 (one project a row) and 挂帐问题项目表 (one
 * issue a row), each closed by the contact row (填报人, 联系电话, 填报日期).
 */
final class RecordFormLayout extends LayoutBuilder {
    RecordFormLayout(Plan plan, AssessedUnit unit, FormKind kind, FormTexts texts) {
        super(plan, unit, kind, texts);
    }

    @Override
    void formSheets() {
        boolean registration = kind == FormKind.REGISTRATION;
        String form = registration ? "registration" : "ledger";
        RecordKind records = registration ? RecordKind.PROJECT : RecordKind.ISSUE;
        // the task column only when the plan has a task list: a plan without one keeps its form as it was
        boolean tasks = registration && !plan.tasks().isEmpty();
        List<String> columns = records.columns().stream().filter(c -> tasks || !c.equals(TASK)).toList();
        start(FormLayouts.sheetName(t(form + ".sheet")), form, registration
                ? (tasks ? List.of(5, 18, 14, 12, 24, 28, 20, 11, 11, 9, 12) : List.of(5, 18, 14, 24, 28, 20, 11, 11, 9, 12))
                : List.of(5, 34, 12, 34, 12, 14, 10));
        int row = heading(t(form + ".title"), columns.size());
        int headerRow = row;
        List<String> titles = new ArrayList<>();
        titles.add(t(form + ".col.number"));
        for (String column : columns) {
            titles.add(t(form + ".col." + column));
        }
        header(row++, titles);
        int n = registration ? plan.settings().forms().registrationRows() : plan.settings().forms().ledgerRows();
        for (int i = 1; i <= n; i++) {
            number(row, 0, records.recordId(i) + ".number", BigDecimal.valueOf(i));
            for (int f = 0; f < columns.size(); f++) {
                String column = columns.get(f);
                InputRule rule = registration ? projectRule(column, titles.get(f + 1))
                        : issueRule(column, titles.get(f + 1));
                input(row, f + 1, new RecordField(records, i, column), rule, formatOf(rule));
            }
            heights.put(row, 2 * LINE + 4);
            row++;
        }
        row++;
        if (!registration) {
            label(row, 1, "unit.leader.label", t("ledger.leader"), CellFormat.FIELD_LABEL);
            input(row, 2, FormField.UNIT_LEADER, InputRule.text(50, false, t("ledger.leader"),
                    t("input.prompt", Map.of("label", t("ledger.leader")))), CellFormat.INPUT_TEXT);
            heights.put(row++, 30f);
        }
        contactRow(row);
        if (tasks) {
            taskList(row + 2, columns.size());
        }
        finish(true, headerRow, headerRow, headerRow + 1);
    }

    /** The column of a project row that names the district task it registers. */
    static final String TASK = "task";

    /**
     * Below the form, the district tasks the unit leads or shares, so that it registers every one of them
     * (section 五(一)): number, task id, source, text, lead or partner, deadline. Locked like every label.
     */
    private void taskList(int row, int lastCol) {
        List<DistrictTask> own = plan.tasks().of(unit.code());
        String title = own.isEmpty() ? t("registration.tasks.none")
                : t("registration.tasks.title", Map.of("count", own.size()));
        label(row, 0, "tasks.title", title, CellFormat.PARAGRAPH);
        merge(row, row, 0, lastCol);
        fit(row, 24f, title, 0, lastCol);
        if (own.isEmpty()) {
            return;
        }
        row++;
        // number | id | source | text (merged) … | lead or partner | deadline (merged to the end)
        int textLast = lastCol - 3;
        String[] heads = {"number", "id", "source", "text", "role", "deadline"};
        int[] at = {0, 1, 2, 3, textLast + 1, textLast + 2};
        for (int h = 0; h < heads.length; h++) {
            String text = t("registration.tasks.col." + heads[h]);
            label(row, at[h], "tasks.header." + heads[h], text, CellFormat.COLUMN_HEADER);
        }
        merge(row, row, 3, textLast);
        merge(row, row, textLast + 2, lastCol);
        heights.put(row, 2 * LINE + 4);
        for (int i = 0; i < own.size(); i++) {
            DistrictTask task = own.get(i);
            row++;
            String id = "tasks." + (i + 1);
            number(row, 0, id + ".number", BigDecimal.valueOf(i + 1));
            label(row, 1, id + ".id", task.id(), CellFormat.TEXT);
            label(row, 2, id + ".source", task.source(), CellFormat.TEXT);
            label(row, 3, id + ".text", task.text(), CellFormat.TEXT);
            merge(row, row, 3, textLast);
            label(row, textLast + 1, id + ".role",
                    t(task.ledBy(unit.code()) ? "registration.tasks.lead" : "registration.tasks.partner"), CellFormat.TEXT);
            if (!task.deadline().isEmpty()) {
                label(row, textLast + 2, id + ".deadline", task.deadline(), CellFormat.TEXT);
            }
            merge(row, row, textLast + 2, lastCol);
            fit(row, LINE + 6, task.text(), 3, textLast, task.source(), 2, 2);
        }
    }

    /** What a project row's column accepts; 措施 and 进度安排 may stay empty. */
    private InputRule projectRule(String column, String label) {
        boolean required = !column.equals("measures") && !column.equals("schedule");
        if (column.equals(TASK)) {
            // never required: a project need not answer to a district task; the ids are the unit's own
            List<String> ids = plan.tasks().of(unit.code()).stream().map(DistrictTask::id).toList();
            return ids.isEmpty() ? InputRule.text(32, false, label, t("registration.task.none.prompt"))
                    : InputRule.choice(ids, false, label, t("registration.task.prompt"));
        }
        return switch (column) {
            case "source" -> InputRule.choice(plan.list(Plan.LIST_PROJECT_SOURCES), true, label,
                    t("choice.prompt", Map.of("label", label)));
            case "start", "end" -> InputRule.date(true, label, t("date.prompt"));
            case "name", "leader", "department" -> InputRule.text(100, true, label,
                    t("record.prompt", Map.of("label", label)));
            default -> InputRule.text(1000, required, label,
                    t(required ? "record.prompt" : "record.prompt.optional", Map.of("label", label)));
        };
    }

    /** What an issue row's column accepts; every column is required once the row is used. */
    private InputRule issueRule(String column, String label) {
        return switch (column) {
            case "category" -> InputRule.choice(plan.list(Plan.LIST_ISSUE_CATEGORIES), true, label,
                    t("choice.prompt", Map.of("label", label)));
            case "status" -> InputRule.choice(plan.list(Plan.LIST_ISSUE_STATUSES), true, label,
                    t("choice.prompt", Map.of("label", label)));
            case "deadline" -> InputRule.date(true, label, t("date.prompt"));
            case "department" -> InputRule.text(100, true, label, t("record.prompt", Map.of("label", label)));
            default -> InputRule.text(1000, true, label, t("record.prompt", Map.of("label", label)));
        };
    }

    /** 填报人, 联系电话 and 填报日期: the closing row of the registration and ledger forms. */
    void contactRow(int row) {
        for (FormField f : List.of(FormField.UNIT_CONTACT, FormField.UNIT_PHONE)) {
            int column = f == FormField.UNIT_CONTACT ? 1 : 3;
            // the form text of a stand-alone field is keyed by the field's own text form
            String name = t(f.text());
            label(row, column, f.text() + ".label", name, CellFormat.FIELD_LABEL);
            input(row, column + 1, f, InputRule.text(50, true, name,
                    t("input.prompt.required", Map.of("label", name))), CellFormat.INPUT_TEXT);
        }
        label(row, 5, "unit.date.label", t("unit.date"), CellFormat.FIELD_LABEL);
        input(row, 6, FormField.UNIT_DATE, InputRule.date(true, t("unit.date"), t("date.prompt")),
                CellFormat.INPUT_DATE);
        heights.put(row, 24f);
    }
}
