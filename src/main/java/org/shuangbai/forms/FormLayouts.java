package org.shuangbai.forms;

import static org.shuangbai.text.Numbers.plain;

import org.shuangbai.plan.FormKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FieldKey.RecordField;
import org.shuangbai.plan.FieldKey.RecordKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.Veto;

/**
 * Derives the layout of each distributed workbook from the plan: which cell holds which label, input or
 * formula, and how the sheets look. Pure (no POI): the generator writes what this returns, intake reads
 * returned files by it, and the signature covers its LABEL cells.
 */
public final class FormLayouts {
    /** Line pitch in points of the 10 pt body font, with the suites' leading. */
    static final float LINE = 13.5f;
    /**
     * Printable height in points of a landscape A4 page at the generator's margins (210 mm less 1.3 in),
     * less a safety margin: a manual break a little early costs white space, one too late a cut row.
     */
    static final float PAGE_HEIGHT = 470f;

    private FormLayouts() {
    }

    /** The layout with the bundled default wording. */
    public static FormLayout build(Plan plan, AssessedUnit unit, FormKind kind) {
        return build(plan, unit, kind, FormTexts.bundled());
    }

    /** The layout with a workspace's wording ({@link FormTexts#load}). */
    public static FormLayout build(Plan plan, AssessedUnit unit, FormKind kind, FormTexts texts) {
        var s = plan.settings();
        FormIdentity identity = new FormIdentity(s.planCode(), s.year(), unit.code(), kind,
                s.forms().templateVersion());
        Builder b = new Builder(plan, unit, kind, texts);
        b.instructions();
        switch (kind) {
            case SCORE -> b.scoreSheets();
            case REGISTRATION -> b.registration();
            case LEDGER -> b.ledger();
        }
        return new FormLayout(identity, b.sheets, b.cells, b.formats);
    }

    /** First date any date cell of the plan year's forms accepts. */
    public static LocalDate earliestDate(int year) {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** Last date any date cell of the plan year's forms accepts. */
    public static LocalDate latestDate(int year) {
        return LocalDate.of(year + 1, 12, 31);
    }

    /** Values for the Velocity templates: plan, unit, form, year. */
    public static Map<String, Object> variables(Plan plan, AssessedUnit unit, FormKind kind) {
        var s = plan.settings();
        Map<String, Object> v = new HashMap<>();
        v.put("year", s.year());
        v.put("plan", Map.of("code", s.planCode(), "title", s.planTitle(), "document", s.planDocument(),
                "office", s.office(), "district", s.district()));
        v.put("unit", Map.of("code", unit.code(), "name", unit.name(), "group", unit.group().label(),
                "kind", unit.kind() == null ? "" : unit.kind()));
        v.put("form", Map.of("title", kind.title(), "option", kind.option()));
        return v;
    }

    /** Display width of a text in units of the default font's digit: CJK and full-width count two. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cp < 0x1100 ? 1 : 2;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Lines a text wraps to in a column (or merged columns) of the given width. */
    static int lines(String text, int columnWidth) {
        int usable = Math.max(2, columnWidth - 2);
        int n = 0;
        for (String para : text.split("\n", -1)) {
            // 10% slack: substitute fonts (LibreOffice on Linux) run a little wider than 宋体
            n += Math.max(1, (int) Math.ceil(width(para) * 1.1 / usable));
        }
        return n;
    }

    private static final class Builder {
        final Plan plan;
        final AssessedUnit unit;
        final FormKind kind;
        final FormTexts texts;
        final Map<String, Object> vars;
        final List<String> sheets = new ArrayList<>();
        final List<CellSpec> cells = new ArrayList<>();
        final List<SheetFormat> formats = new ArrayList<>();
        final int year;

        // the sheet being built
        String sheet;
        /** Prefix of the sheet's descriptive label codes, so that every code in a layout is unique. */
        String prefix;
        List<Integer> widths;
        Map<Integer, Float> heights;
        List<SheetFormat.Region> merged;
        List<Integer> breaks;

        Builder(Plan plan, AssessedUnit unit, FormKind kind, FormTexts texts) {
            this.plan = plan;
            this.unit = unit;
            this.kind = kind;
            this.texts = texts;
            this.vars = variables(plan, unit, kind);
            this.year = plan.settings().year();
        }

        String t(String key) {
            return texts.text(key, vars);
        }

        String t(String key, Map<String, ?> extra) {
            Map<String, Object> v = new HashMap<>(vars);
            v.putAll(extra);
            return texts.text(key, v);
        }

        void start(String name, String prefix, List<Integer> columnWidths) {
            sheet = name;
            this.prefix = prefix;
            sheets.add(name);
            widths = columnWidths;
            heights = new HashMap<>();
            merged = new ArrayList<>();
            breaks = new ArrayList<>();
        }

        void finish(boolean landscape, int repeatFirst, int repeatLast, int freezeRows) {
            formats.add(new SheetFormat(sheet, landscape, widths, heights, merged, repeatFirst, repeatLast, freezeRows,
                    t("print.header"), t("print.header.right"), t("print.footer"), breaks));
        }

        void label(int row, int col, String labelId, String text, CellFormat format) {
            cells.add(new CellSpec(sheet, row, col, CellRole.LABEL, null, labelId, text, null, format));
        }

        void number(int row, int col, String labelId, BigDecimal value) {
            label(row, col, labelId, value.stripTrailingZeros().toPlainString(), CellFormat.NUMBER);
        }

        void input(int row, int col, FieldKey key, InputRule rule, CellFormat format) {
            cells.add(new CellSpec(sheet, row, col, CellRole.INPUT, key, null, null, rule, format));
        }

        void formula(int row, int col, FieldKey key, String formula) {
            cells.add(new CellSpec(sheet, row, col, CellRole.FORMULA, key, null, formula, null, CellFormat.SUBTOTAL));
        }

        void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
            if (firstRow != lastRow || firstCol != lastCol) {
                merged.add(new SheetFormat.Region(firstRow, lastRow, firstCol, lastCol));
            }
        }

        int span(int firstCol, int lastCol) {
            int w = 0;
            for (int c = firstCol; c <= lastCol; c++) {
                w += widths.get(c);
            }
            return w;
        }

        /** Makes a row tall enough for each (text, firstCol, lastCol) it holds. */
        void fit(int row, float minimum, Object... textAndColumns) {
            float h = minimum;
            for (int i = 0; i < textAndColumns.length; i += 3) {
                String text = (String) textAndColumns[i];
                if (text == null || text.isEmpty()) {
                    continue;
                }
                int w = span((Integer) textAndColumns[i + 1], (Integer) textAndColumns[i + 2]);
                h = Math.max(h, lines(text, w) * LINE + 4);
            }
            heights.merge(row, h, Math::max);
        }

        /** Title and unit line across the given columns; returns the next row. */
        int heading(String title, int lastCol) {
            label(0, 0, prefix + ".title", title, CellFormat.TITLE);
            merge(0, 0, 0, lastCol);
            heights.put(0, 30f);
            label(1, 0, prefix + ".unit", t("unit.line"), CellFormat.SUBTITLE);
            merge(1, 1, 0, lastCol);
            heights.put(1, 20f);
            return 2;
        }

        void header(int row, List<String> titles) {
            for (int c = 0; c < titles.size(); c++) {
                label(row, c, prefix + ".header." + c, titles.get(c), CellFormat.COLUMN_HEADER);
                fit(row, 2 * LINE + 4, titles.get(c), c, c);
            }
        }

        void instructions() {
            start(t("instructions.sheet"), "instructions", List.of(92));
            Map<String, Object> v = new HashMap<>(vars);
            v.put("rows", kind == FormKind.LEDGER ? plan.settings().forms().ledgerRows()
                    : plan.settings().forms().registrationRows());
            v.put("systems", plan.systems().stream().map(IndicatorSystem::shortName).toList());
            v.put("systemCount", plan.systems().size() + 1);
            v.put("vetoSheet", t("veto.sheet"));
            List<String> lines = texts.instructions(kind, v).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("##")).toList();
            int row = 0;
            for (String line : lines) {
                if (row == 0) {
                    label(0, 0, "instructions.title", line, CellFormat.TITLE);
                    heights.put(0, 36f);
                } else {
                    label(row, 0, "instructions." + row, line, CellFormat.PARAGRAPH);
                    fit(row, LINE + 6, line, 0, 0);
                }
                row++;
            }
            finish(false, -1, -1, 0);
        }

        void scoreSheets() {
            for (IndicatorSystem system : plan.systems()) {
                scoreSheet(system);
            }
            vetoSheet();
        }

        void scoreSheet(IndicatorSystem system) {
            start(sheetName(system.shortName()), system.code(), List.of(10, 15, 22, 9, 6, 50, 7, 7, 16));
            Map<String, Object> sys = Map.of("system", Map.of("name", system.name(), "shortName", system.shortName()));
            int row = heading(t("score.title", sys), 8);
            int headerRow = row;
            header(row++, List.of(t("score.col.category"), system.indicatorColumnTitle(), t("score.col.check"),
                    t("score.col.responsible"), t("score.col.max"), system.criteriaColumnTitle(), t("score.col.self"),
                    t("score.col.score"), t("score.col.note")));
            float headerHeight = heights.get(headerRow);
            float used = heights.get(0) + heights.get(1) + headerHeight;
            List<String> subtotalSelf = new ArrayList<>();
            List<String> subtotalScore = new ArrayList<>();
            for (Category category : system.categories()) {
                int first = row;
                String categoryText = t("score.category", Map.of("category", Map.of("number", category.number(),
                        "name", category.name(), "max", plain(category.maxScore()))));
                label(row, 0, category.code(), categoryText, CellFormat.TEXT_CENTER);
                for (Indicator indicator : category.indicators()) {
                    String max = plain(indicator.maxScore());
                    Map<String, Object> m = Map.of("max", max);
                    label(row, 1, indicator.code() + ".name", indicator.number() + ". " + indicator.name(),
                            CellFormat.TEXT);
                    label(row, 2, indicator.code() + ".check", indicator.checkMethod(), CellFormat.TEXT);
                    label(row, 3, indicator.code() + ".responsible", indicator.responsibleUnit(),
                            CellFormat.TEXT_CENTER);
                    number(row, 4, indicator.code() + ".max", indicator.maxScore());
                    label(row, 5, indicator.code() + ".criteria", indicator.criteria(), CellFormat.TEXT);
                    input(row, 6, FieldKey.self(indicator.code()), new InputRule(InputRule.Kind.DECIMAL,
                            BigDecimal.ZERO, indicator.maxScore(), List.of(), 0, false,
                            t("score.self.prompt.title"), t("score.self.prompt", m)), CellFormat.INPUT_NUMBER);
                    input(row, 7, FieldKey.score(indicator.code()), new InputRule(InputRule.Kind.DECIMAL,
                            BigDecimal.ZERO, indicator.maxScore(), List.of(), 0, true,
                            t("score.score.prompt.title"), t("score.score.prompt", m)), CellFormat.INPUT_NUMBER);
                    input(row, 8, FieldKey.note(indicator.code()), InputRule.text(500, false,
                            t("score.note.prompt.title"), t("score.note.prompt")), CellFormat.INPUT_TEXT);
                    fit(row, 2 * LINE + 4, indicator.number() + ". " + indicator.name(), 1, 1,
                            indicator.checkMethod(), 2, 2, indicator.responsibleUnit(), 3, 3,
                            indicator.criteria(), 5, 5);
                    row++;
                }
                int last = row - 1;
                label(row, 1, category.code() + ".subtotal", t("score.subtotal"), CellFormat.SUBTOTAL);
                merge(row, row, 1, 3);
                number(row, 4, category.code() + ".max", category.maxScore());
                formula(row, 6, FieldKey.self(category.code()), "SUM(G" + (first + 1) + ":G" + (last + 1) + ")");
                formula(row, 7, FieldKey.score(category.code()), "SUM(H" + (first + 1) + ":H" + (last + 1) + ")");
                subtotalSelf.add("G" + (row + 1));
                subtotalScore.add("H" + (row + 1));
                heights.put(row, LINE + 6);
                merge(first, row, 0, 0);
                fit(first, 0, categoryText, 0, 0);
                float block = 0;
                for (int r = first; r <= row; r++) {
                    block += heights.getOrDefault(r, LINE + 4);
                }
                // a block taller than a page is cut anyway: breaking before it would only waste paper
                boolean fitsOnAPage = headerHeight + block <= PAGE_HEIGHT;
                if (used + block > PAGE_HEIGHT && fitsOnAPage && first > headerRow + 1) {
                    breaks.add(first - 1);
                    used = headerHeight;
                }
                used += block;
                row++;
            }
            label(row, 0, system.code() + ".total", t("score.total"), CellFormat.SUBTOTAL);
            merge(row, row, 0, 3);
            number(row, 4, system.code() + ".max", system.total());
            formula(row, 6, FieldKey.self(system.code()), "SUM(" + String.join(",", subtotalSelf) + ")");
            formula(row, 7, FieldKey.score(system.code()), "SUM(" + String.join(",", subtotalScore) + ")");
            heights.put(row, LINE + 8);
            finish(true, headerRow, headerRow, headerRow + 1);
            sortSheetCells();
        }

        void vetoSheet() {
            start(sheetName(t("veto.sheet")), "veto", List.of(6, 62, 14, 10, 40));
            int row = heading(t("veto.title"), 4);
            for (IndicatorSystem system : plan.systems()) {
                boolean listed = plan.vetoes().stream().anyMatch(v -> v.systemCode().equals(system.code()));
                if (listed && system.vetoPreamble() != null && !system.vetoPreamble().isBlank()) {
                    label(row, 0, system.code() + ".vetoPreamble", system.vetoPreamble(), CellFormat.PARAGRAPH);
                    merge(row, row, 0, 4);
                    fit(row, LINE + 6, system.vetoPreamble(), 0, 4);
                    row++;
                }
            }
            int headerRow = row;
            header(row++, List.of(t("veto.col.number"), t("veto.col.situation"), t("veto.col.effect"),
                    t("veto.col.answer"), t("veto.col.explain")));
            for (Veto veto : plan.vetoes()) {
                number(row, 0, veto.code() + ".number", BigDecimal.valueOf(veto.number()));
                label(row, 1, veto.code() + ".situation", veto.situation(), CellFormat.TEXT);
                label(row, 2, veto.code() + ".effect", veto.effect().label(), CellFormat.TEXT_CENTER);
                input(row, 3, FieldKey.answer(veto.code()), InputRule.yesNo(true, t("veto.answer.prompt.title"),
                        t("veto.answer.prompt")), CellFormat.INPUT_CHOICE);
                input(row, 4, FieldKey.explain(veto.code()), InputRule.text(1000, false,
                        t("veto.explain.prompt.title"), t("veto.explain.prompt")), CellFormat.INPUT_TEXT);
                fit(row, 2 * LINE + 4, veto.situation(), 1, 1);
                row++;
            }
            row++;
            label(row, 0, "assessor.heading", t("assessor.heading"), CellFormat.SUBTITLE);
            merge(row, row, 0, 4);
            heights.put(row, 22f);
            row++;
            String assessorList = Plan.LIST_ASSESSORS;
            label(row, 1, "assessor.unit.label", t("assessor.unit"), CellFormat.FIELD_LABEL);
            input(row, 2, FormField.ASSESSOR_UNIT, InputRule.choice(plan.list(assessorList), true, t("assessor.unit"),
                    t("assessor.unit.prompt")), CellFormat.INPUT_CHOICE);
            heights.put(row++, 22f);
            label(row, 1, "assessor.name.label", t("assessor.name"), CellFormat.FIELD_LABEL);
            input(row, 2, FormField.ASSESSOR_NAME, InputRule.text(50, true, t("assessor.name"),
                    t("assessor.name.prompt")), CellFormat.INPUT_TEXT);
            heights.put(row++, 22f);
            label(row, 1, "assessor.date.label", t("assessor.date"), CellFormat.FIELD_LABEL);
            input(row, 2, FormField.ASSESSOR_DATE, InputRule.date(true, t("assessor.date"), t("date.prompt")),
                    CellFormat.INPUT_DATE);
            heights.put(row++, 22f);
            finish(true, headerRow, headerRow, headerRow + 1);
            sortSheetCells();
        }

        void registration() {
            start(sheetName(t("registration.sheet")), "registration", List.of(5, 18, 14, 24, 28, 20, 11, 11, 9, 12));
            int row = heading(t("registration.title"), 9);
            int headerRow = row;
            List<String> fields = RecordKind.PROJECT.columns();
            List<String> titles = new ArrayList<>();
            titles.add(t("registration.col.number"));
            for (String f : fields) {
                titles.add(t("registration.col." + f));
            }
            header(row++, titles);
            int n = plan.settings().forms().registrationRows();
            for (int i = 1; i <= n; i++) {
                number(row, 0, RecordKind.PROJECT.recordId(i) + ".number", BigDecimal.valueOf(i));
                for (int f = 0; f < fields.size(); f++) {
                    String label = titles.get(f + 1);
                    String column = fields.get(f);
                    FieldKey field = new RecordField(RecordKind.PROJECT, i, column);
                    boolean required = !column.equals("measures") && !column.equals("schedule");
                    InputRule rule = switch (column) {
                        case "source" -> InputRule.choice(plan.list(Plan.LIST_PROJECT_SOURCES), true, label,
                                t("choice.prompt", Map.of("label", label)));
                        case "start", "end" -> InputRule.date(true, label, t("date.prompt"));
                        case "name", "leader", "department" -> InputRule.text(100, true, label,
                                t("record.prompt", Map.of("label", label)));
                        default -> InputRule.text(1000, required, label,
                                t(required ? "record.prompt" : "record.prompt.optional", Map.of("label", label)));
                    };
                    input(row, f + 1, field, rule, formatOf(rule));
                }
                heights.put(row, 2 * LINE + 4);
                row++;
            }
            row++;
            contactRow(row);
            finish(true, headerRow, headerRow, headerRow + 1);
        }

        void ledger() {
            start(sheetName(t("ledger.sheet")), "ledger", List.of(5, 34, 12, 34, 12, 14, 10));
            int row = heading(t("ledger.title"), 6);
            int headerRow = row;
            List<String> fields = RecordKind.ISSUE.columns();
            List<String> titles = new ArrayList<>();
            titles.add(t("ledger.col.number"));
            for (String f : fields) {
                titles.add(t("ledger.col." + f));
            }
            header(row++, titles);
            int n = plan.settings().forms().ledgerRows();
            for (int i = 1; i <= n; i++) {
                number(row, 0, RecordKind.ISSUE.recordId(i) + ".number", BigDecimal.valueOf(i));
                for (int f = 0; f < fields.size(); f++) {
                    String label = titles.get(f + 1);
                    FieldKey field = new RecordField(RecordKind.ISSUE, i, fields.get(f));
                    InputRule rule = switch (fields.get(f)) {
                        case "category" -> InputRule.choice(plan.list(Plan.LIST_ISSUE_CATEGORIES), true, label,
                                t("choice.prompt", Map.of("label", label)));
                        case "status" -> InputRule.choice(plan.list(Plan.LIST_ISSUE_STATUSES), true, label,
                                t("choice.prompt", Map.of("label", label)));
                        case "deadline" -> InputRule.date(true, label, t("date.prompt"));
                        case "department" -> InputRule.text(100, true, label, t("record.prompt", Map.of("label", label)));
                        default -> InputRule.text(1000, true, label, t("record.prompt", Map.of("label", label)));
                    };
                    input(row, f + 1, field, rule, formatOf(rule));
                }
                heights.put(row, 2 * LINE + 4);
                row++;
            }
            row++;
            label(row, 1, "unit.leader.label", t("ledger.leader"), CellFormat.FIELD_LABEL);
            input(row, 2, FormField.UNIT_LEADER, InputRule.text(50, false, t("ledger.leader"),
                    t("input.prompt", Map.of("label", t("ledger.leader")))), CellFormat.INPUT_TEXT);
            heights.put(row++, 30f);
            contactRow(row);
            finish(true, headerRow, headerRow, headerRow + 1);
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

        /** Keeps the cells of the current sheet in row-major order (the signature's order). */
        void sortSheetCells() {
            int from = 0;
            while (from < cells.size() && !cells.get(from).sheet().equals(sheet)) {
                from++;
            }
            List<CellSpec> mine = new ArrayList<>(cells.subList(from, cells.size()));
            mine.sort(java.util.Comparator.comparingInt(CellSpec::row).thenComparingInt(CellSpec::column));
            cells.subList(from, cells.size()).clear();
            cells.addAll(mine);
        }

        static CellFormat formatOf(InputRule rule) {
            return switch (rule.kind()) {
                case DECIMAL -> CellFormat.INPUT_NUMBER;
                case DATE -> CellFormat.INPUT_DATE;
                case CHOICE, YES_NO -> CellFormat.INPUT_CHOICE;
                case TEXT -> CellFormat.INPUT_TEXT;
            };
        }
    }

    /** Excel forbids []:*?/\ in sheet names and more than 31 characters. */
    static String sheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\']", "_").strip();
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

}
