package org.shuangbai.forms;

import static org.shuangbai.forms.TextMetrics.LINE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.Assessors;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FieldKey.UnitVetoField;
import org.shuangbai.plan.FieldKey.VetoPart;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitScope;
import org.shuangbai.plan.Veto;
import org.shuangbai.text.Numbers;

/**
 * 评分单位评分表: the workbook of one assessing body — per indicator system a sheet with the body's units as
 * rows (code, name, group) and its indicators as columns (number, name, 分值), a score and a deduction note
 * per unit and indicator; a sheet of the 一票否决 situations it finds (是/否 and what happened); who filled it
 * on the instruction sheet. A cell of a unit the body does not score on that indicator is locked and grey.
 * Frozen headers and unit columns, zebra rows and column widths keep 91 rows × 23 indicators easy to fill.
 *
 * <p>The LABEL ids of the unit columns and sub-headers follow {@link BodyMatrix}'s pattern, so intake can
 * name the unit row and indicator column of any cell in words.
 */
final class BodyScoresLayout extends LayoutBuilder {
    /** Columns before the first indicator: unit code, name, group. */
    static final int LEADING = 3;
    /** Rows above the first unit: title, body line, indicator header, sub-header. */
    static final int FIRST_UNIT_ROW = 4;
    /** Sheet widths (in characters) up to which a matrix prints on A4 portrait, or landscape, fitted to one page wide. */
    private static final int A4_PORTRAIT_WIDTH = 90;
    private static final int A4_LANDSCAPE_WIDTH = 130;

    private final Assessor body;
    private final Assessors assessors;

    BodyScoresLayout(Plan plan, Assessor body, FormTexts texts) {
        super(plan, null, body.code(), FormKind.ASSESSOR, texts, FormLayouts.variables(plan, body));
        this.body = body;
        this.assessors = plan.assessors();
    }

    /** One column pair of the matrix: an indicator (score, note) or a veto (answer, explanation). */
    private record Target(String code, String header, int scoreWidth, int noteWidth, String scoreTitle,
                          String noteTitle, Function<AssessedUnit, FieldKey> score, Function<AssessedUnit, FieldKey> note,
                          InputRule scoreRule, InputRule noteRule) {
    }

    @Override
    void formSheets() {
        for (IndicatorSystem system : plan.systems()) {
            List<Target> targets = system.indicators().filter(this::scores).map(this::indicator).toList();
            if (!targets.isEmpty()) {
                Map<String, Object> sys = Map.of("system", Map.of("name", system.name(), "shortName", system.shortName()));
                matrix(FormLayouts.sheetName(system.shortName()), system.code(), t("body.title", sys), targets);
            }
        }
        List<Target> vetoes = plan.vetoes().stream().filter(v -> scores(v.code())).map(this::veto).toList();
        if (!vetoes.isEmpty()) {
            matrix(FormLayouts.sheetName(t("body.veto.sheet")), "veto", t("body.veto.title"), vetoes);
        }
    }

    private boolean scores(Indicator indicator) {
        return scores(indicator.code());
    }

    private boolean scores(String target) {
        return assessors.targetsOf(body.code()).contains(target);
    }

    private Target indicator(Indicator i) {
        String max = Numbers.plain(i.maxScore());
        Map<String, Object> m = Map.of("indicator", Map.of("number", i.number(), "name", i.name(), "code", i.code(),
                "max", max), "max", max);
        boolean required = !assessors.partialReturns();
        return new Target(i.code(), t("body.col.indicator", m), 7, 16, t("body.col.score"), t("body.col.note"),
                u -> new UnitIndicatorField(u.code(), i.code(), IndicatorPart.SCORE),
                u -> new UnitIndicatorField(u.code(), i.code(), IndicatorPart.NOTE),
                InputRule.decimal(BigDecimal.ZERO, i.maxScore(), required, t("body.score.prompt.title", m),
                        t("body.score.prompt", m)),
                InputRule.text(500, false, t("body.note.prompt.title"), t("body.note.prompt")));
    }

    private Target veto(Veto v) {
        Map<String, Object> m = Map.of("veto", Map.of("number", v.number(), "code", v.code(),
                "situation", v.situation(), "effect", v.effect().label()));
        boolean required = !assessors.partialReturns();
        return new Target(v.code(), t("body.col.veto", m), 9, 30, t("body.col.answer"), t("body.col.explain"),
                u -> new UnitVetoField(u.code(), v.code(), VetoPart.ANSWER),
                u -> new UnitVetoField(u.code(), v.code(), VetoPart.EXPLAIN),
                InputRule.yesNo(required, t("body.answer.prompt.title", m), t("body.answer.prompt", m)),
                InputRule.text(1000, false, t("body.explain.prompt.title"), t("body.explain.prompt")));
    }

    private void matrix(String sheetName, String sheetPrefix, String title, List<Target> targets) {
        List<Integer> columnWidths = new ArrayList<>(List.of(8, 24, 7));
        targets.forEach(t -> {
            columnWidths.add(t.scoreWidth());
            columnWidths.add(t.noteWidth());
        });
        start(sheetName, sheetPrefix, columnWidths);
        int last = columnWidths.size() - 1;
        heading(title, last);
        int header = 2;
        int sub = 3;
        String[] leading = {t("body.col.code"), t("body.col.name"), t("body.col.group")};
        String[] parts = {"code", "name", "group"};
        for (int c = 0; c < LEADING; c++) {
            label(header, c, prefix + ".head." + parts[c], leading[c], CellFormat.COLUMN_HEADER);
            merge(header, sub, c, c);
        }
        float headerHeight = 2 * LINE + 4;
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            int col = LEADING + 2 * k;
            label(header, col, prefix + ".head." + t.code(), t.header(), CellFormat.COLUMN_HEADER);
            merge(header, header, col, col + 1);
            headerHeight = Math.max(headerHeight, TextMetrics.lines(t.header(), span(col, col + 1)) * LINE + 4);
            label(sub, col, BodyMatrix.columnId(prefix, t.code(), "score"), t.scoreTitle(), CellFormat.COLUMN_HEADER);
            label(sub, col + 1, BodyMatrix.columnId(prefix, t.code(), "note"), t.noteTitle(), CellFormat.COLUMN_HEADER);
        }
        heights.put(header, headerHeight);
        heights.put(sub, LINE + 6);
        int row = FIRST_UNIT_ROW;
        // per target, the scopes of the body's assignments to it (as Assessors.scores looks them up): asked once
        // per unit and target, since a body's layout of 10,000 units is built for every return as well
        List<List<UnitScope>> scopes = targets.stream().map(t -> assessors.rowsOf(body.code()).stream()
                .filter(a -> a.target().equals(t.code())).map(Assignment::scope).toList()).toList();
        boolean[] scored = new boolean[targets.size()];
        for (AssessedUnit unit : plan.units()) {
            boolean any = false;
            for (int k = 0; k < targets.size(); k++) {
                scored[k] = scopes.get(k).stream().anyMatch(scope -> scope.includes(unit));
                any |= scored[k];
            }
            if (!any) {
                continue;
            }
            boolean band = (row - FIRST_UNIT_ROW) % 2 == 1;
            label(row, 0, BodyMatrix.rowId(prefix, unit.code(), "code"), unit.code(), shade(CellFormat.TEXT_CENTER, band));
            label(row, 1, BodyMatrix.rowId(prefix, unit.code(), "name"), unit.name(), shade(CellFormat.TEXT, band));
            label(row, 2, BodyMatrix.rowId(prefix, unit.code(), "group"), unit.group().label(),
                    shade(CellFormat.TEXT_CENTER, band));
            for (int k = 0; k < targets.size(); k++) {
                Target t = targets.get(k);
                int col = LEADING + 2 * k;
                if (scored[k]) {
                    input(row, col, t.score().apply(unit), t.scoreRule(), shade(formatOf(t.scoreRule()), band));
                    input(row, col + 1, t.note().apply(unit), t.noteRule(), shade(CellFormat.INPUT_TEXT, band));
                } else {
                    // nothing to fill: locked and grey, signed as blank (a score typed here is refused)
                    label(row, col, BodyMatrix.cellId(prefix, unit.code(), t.code(), "score"), "", CellFormat.NOT_SCORED);
                    label(row, col + 1, BodyMatrix.cellId(prefix, unit.code(), t.code(), "note"), "",
                            CellFormat.NOT_SCORED);
                }
            }
            fit(row, LINE + 6, unit.name(), 1, 1);
            row++;
        }
        int width = columnWidths.stream().mapToInt(Integer::intValue).sum();
        finishMatrix(header, sub, FIRST_UNIT_ROW, LEADING, width > A4_PORTRAIT_WIDTH, width > A4_LANDSCAPE_WIDTH);
        sortSheetCells();
    }

    private static CellFormat shade(CellFormat format, boolean band) {
        return band ? format.banded() : format;
    }

    @Override
    String holderLineKey() {
        return "body.line";
    }

    @Override
    List<Integer> instructionWidths() {
        return List.of(92, 30);
    }

    @Override
    void instructionVariables(Map<String, Object> v) {
        List<String> systems = plan.systems().stream().filter(s -> s.indicators().anyMatch(this::scores))
                .map(IndicatorSystem::shortName).toList();
        v.put("systems", systems);
        v.put("unitCount", assessors.unitsOf(body.code(), plan.units()).size());
        v.put("indicatorCount", plan.indicators().filter(this::scores).count());
        v.put("vetoCount", plan.vetoes().stream().filter(x -> scores(x.code())).count());
        v.put("vetoSheet", t("body.veto.sheet"));
        v.put("partial", assessors.partialReturns());
    }

    @Override
    void instructionFields(int row) {
        row++;
        label(row, 0, "signer.heading", t("body.signer.heading"), CellFormat.SUBTITLE);
        heights.put(row++, 22f);
        row = field(row, 0, "signer.name.label", t("assessor.name"), FormField.ASSESSOR_NAME,
                InputRule.text(50, true, t("assessor.name"), t("assessor.name.prompt")), CellFormat.INPUT_TEXT);
        row = field(row, 0, "signer.phone.label", t("unit.phone"), FormField.UNIT_PHONE, InputRule.text(30, false,
                t("unit.phone"), t("input.prompt", Map.of("label", t("unit.phone")))), CellFormat.INPUT_TEXT);
        field(row, 0, "signer.date.label", t("assessor.date"), FormField.ASSESSOR_DATE,
                InputRule.date(true, t("assessor.date"), t("date.prompt")), CellFormat.INPUT_DATE);
    }
}
