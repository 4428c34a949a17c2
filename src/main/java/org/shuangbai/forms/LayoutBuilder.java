package org.shuangbai.forms;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;

import static org.shuangbai.forms.TextMetrics.LINE;

/**
 * What every form's layout is built with: the sheet being built (widths, row heights, merged regions,
 * page breaks), the cells placed so far, the form's wording, and the instruction sheet every form
 * starts with. One subclass per form adds its own sheets ({@link #formSheets()}).
 */
abstract class LayoutBuilder {
    final Plan plan;
    /** The unit the workbook is for; null for an assessing body's workbook (see {@link #holderCode}). */
    final AssessedUnit unit;
    /** Whose workbook it is: the unit's code, or the body's for the bodies' workbook. */
    final String holderCode;
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

    LayoutBuilder(Plan plan, AssessedUnit unit, FormKind kind, FormTexts texts) {
        this(plan, unit, unit.code(), kind, texts, FormLayouts.variables(plan, unit, kind));
    }

    /** @param vars the template variables: {@code unit} describes the holder, whatever it is */
    LayoutBuilder(Plan plan, AssessedUnit unit, String holderCode, FormKind kind, FormTexts texts,
                  Map<String, Object> vars) {
        this.plan = plan;
        this.unit = unit;
        this.holderCode = holderCode;
        this.kind = kind;
        this.texts = texts;
        this.vars = vars;
        this.year = plan.settings().year();
    }

    /** Adds the form's own sheets after the instruction sheet. */
    abstract void formSheets();

    /** The whole layout: the instruction sheet, then the form's sheets. */
    final FormLayout layout() {
        var s = plan.settings();
        FormIdentity identity = new FormIdentity(s.planCode(), s.year(), holderCode, kind,
                s.forms().templateVersion());
        instructions();
        formSheets();
        return new FormLayout(identity, sheets, cells, formats);
    }

    String t(String key) {
        return texts.text(key, vars);
    }

    String t(String key, Map<String, ?> extra) {
        return texts.text(key, new Overlay(vars, extra));
    }

    /**
     * {@code extra} over {@code base}, as a copy of {@code base} with {@code extra} put in would be, without
     * the copy: a record form asks for a labelled prompt for every column of every row, and copying the
     * template variables each time was a third of what building its layout allocated. Texts only look
     * variables up and hand them all to the template engine.
     */
    static final class Overlay extends AbstractMap<String, Object> {
        private final Map<String, ?> base;
        private final Map<String, ?> extra;

        Overlay(Map<String, ?> base, Map<String, ?> extra) {
            this.base = base;
            this.extra = extra;
        }

        @Override
        public Object get(Object key) {
            return extra.containsKey(key) ? extra.get(key) : base.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return extra.containsKey(key) || base.containsKey(key);
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super Object> action) {
            base.forEach((k, v) -> {
                if (!extra.containsKey(k)) {
                    action.accept(k, v);
                }
            });
            extra.forEach(action);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new HashMap<>(base);
            all.putAll(extra);
            return all.entrySet();
        }
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

    /**
     * A matrix sheet, its header rows and leading columns repeated on every page and frozen; when
     * {@code wide}, on A3 landscape at full size across several pages rather than shrunk to one page wide.
     */
    void finishMatrix(int repeatFirst, int repeatLast, int freezeRows, int leadingColumns, boolean landscape,
                      boolean wide) {
        formats.add(new SheetFormat(sheet, landscape || wide, widths, heights, merged, repeatFirst, repeatLast, freezeRows,
                t("print.header"), t("print.header.right"), t("print.footer"), breaks, wide, leadingColumns,
                leadingColumns));
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

    /** A signer's field: its label, the input cell right of it, the row 22 pt tall; returns the next row. */
    int field(int row, int column, String labelId, String label, FieldKey key, InputRule rule, CellFormat format) {
        label(row, column, labelId, label, CellFormat.FIELD_LABEL);
        input(row, column + 1, key, rule, format);
        heights.put(row, 22f);
        return row + 1;
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
            h = Math.max(h, TextMetrics.lines(text, w) * LINE + 4);
        }
        heights.merge(row, h, Math::max);
    }

    /** Title and unit line across the given columns; returns the next row. */
    int heading(String title, int lastCol) {
        label(0, 0, prefix + ".title", title, CellFormat.TITLE);
        merge(0, 0, 0, lastCol);
        heights.put(0, 30f);
        label(1, 0, prefix + ".unit", t(holderLineKey()), CellFormat.SUBTITLE);
        merge(1, 1, 0, lastCol);
        heights.put(1, 20f);
        return 2;
    }

    /** The form-texts key of the line under a sheet's title naming whose workbook it is. */
    String holderLineKey() {
        return "unit.line";
    }

    void header(int row, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            label(row, c, prefix + ".header." + c, titles.get(c), CellFormat.COLUMN_HEADER);
            fit(row, 2 * LINE + 4, titles.get(c), c, c);
        }
    }

    void instructions() {
        start(t("instructions.sheet"), "instructions", instructionWidths());
        Map<String, Object> v = new HashMap<>(vars);
        v.put("rows", kind == FormKind.LEDGER ? plan.settings().forms().ledgerRows()
                : plan.settings().forms().registrationRows());
        v.put("systems", plan.systems().stream().map(IndicatorSystem::shortName).toList());
        v.put("systemCount", plan.systems().size() + 1);
        v.put("vetoSheet", t("veto.sheet"));
        instructionVariables(v);
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
        instructionFields(row);
        finish(false, -1, -1, 0);
    }

    /** Widths of the instruction sheet's columns: its paragraphs fill the first. */
    List<Integer> instructionWidths() {
        return List.of(92);
    }

    /** Adds a form's own variables for its instruction template. */
    void instructionVariables(Map<String, Object> v) {
    }

    /** Adds input cells below the instructions from {@code row} on (none by default). */
    void instructionFields(int row) {
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
