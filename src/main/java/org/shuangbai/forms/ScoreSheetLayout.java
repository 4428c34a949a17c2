package org.shuangbai.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessors;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.Veto;
import org.shuangbai.text.Numbers;

import static org.shuangbai.forms.TextMetrics.LINE;

/**
 * 考核评分表: a sheet per indicator system with every column of the seed's tables, a self score, an
 * assessed score and a deduction note per indicator, subtotal formulas per category, and a sheet of the
 * 一票否决 situations with the assessor's block.
 *
 * <p>Where the plan has assessing bodies score an indicator (or find a veto) for this unit, the unit's sheet
 * does not ask for it: the 考核得分 and 扣分说明 cells (or the 是/否 and 说明 cells) are locked and grey, the
 * self score is the unit's to give (required), and when nothing at all is left to an assessor the assessor's
 * block becomes the unit's own (填报人, 联系电话, 填报日期). A plan without bodies gives the sheet it always had.
 */
final class ScoreSheetLayout extends LayoutBuilder {
    private final Assessors assessors;
    /** Nothing on this unit's sheet is an assessor's: it is the unit's self-assessment only. */
    private final boolean selfOnly;

    ScoreSheetLayout(Plan plan, AssessedUnit unit, FormTexts texts) {
        super(plan, unit, FormKind.SCORE, texts);
        this.assessors = plan.assessors();
        this.selfOnly = assessors.active() && plan.indicators().allMatch(i -> assessors.byBodies(i.code(), unit))
                && plan.vetoes().stream().allMatch(v -> assessors.byBodies(v.code(), unit));
    }

    @Override
    void instructionVariables(Map<String, Object> v) {
        v.put("selfOnly", selfOnly);
        v.put("byBodies", assessors.active() && plan.indicators().anyMatch(i -> assessors.byBodies(i.code(), unit)));
        v.put("vetoSheet", vetoSheetName());
    }

    private String vetoSheetName() {
        return t(selfOnly ? "veto.sheet.self" : "veto.sheet");
    }

    @Override
    void formSheets() {
        for (IndicatorSystem system : plan.systems()) {
            scoreSheet(system);
        }
        vetoSheet();
    }

    void scoreSheet(IndicatorSystem system) {
        start(FormLayouts.sheetName(system.shortName()), system.code(), List.of(10, 15, 22, 9, 6, 50, 7, 7, 16));
        Map<String, Object> sys = Map.of("system", Map.of("name", system.name(), "shortName", system.shortName()));
        int row = heading(t("score.title", sys), 8);
        int headerRow = row;
        header(row++, List.of(t("score.col.category"), system.indicatorColumnTitle(), t("score.col.check"),
                t("score.col.responsible"), t("score.col.max"), system.criteriaColumnTitle(), t("score.col.self"),
                t("score.col.score"), t("score.col.note")));
        float headerHeight = heights.get(headerRow);
        PageBreaks pages = new PageBreaks(heights.get(0) + heights.get(1) + headerHeight, headerHeight, headerRow,
                breaks);
        List<String> subtotalSelf = new ArrayList<>();
        List<String> subtotalScore = new ArrayList<>();
        // a subtotal of the assessed scores means nothing where bodies give some of them in their own workbooks
        boolean assessedHere = system.indicators().noneMatch(i -> assessors.byBodies(i.code(), unit));
        for (Category category : system.categories()) {
            int first = row;
            String categoryText = t("score.category", Map.of("category", Map.of("number", category.number(),
                    "name", category.name(), "max", Numbers.plain(category.maxScore()))));
            label(row, 0, category.code(), categoryText, CellFormat.TEXT_CENTER);
            for (Indicator indicator : category.indicators()) {
                String max = Numbers.plain(indicator.maxScore());
                Map<String, Object> m = Map.of("max", max);
                label(row, 1, indicator.code() + ".name", indicator.number() + ". " + indicator.name(),
                        CellFormat.TEXT);
                label(row, 2, indicator.code() + ".check", indicator.checkMethod(), CellFormat.TEXT);
                label(row, 3, indicator.code() + ".responsible", indicator.responsibleUnit(),
                        CellFormat.TEXT_CENTER);
                number(row, 4, indicator.code() + ".max", indicator.maxScore());
                label(row, 5, indicator.code() + ".criteria", indicator.criteria(), CellFormat.TEXT);
                boolean byBodies = assessors.byBodies(indicator.code(), unit);
                input(row, 6, FieldKey.self(indicator.code()), new InputRule(InputRule.Kind.DECIMAL,
                        BigDecimal.ZERO, indicator.maxScore(), List.of(), 0, byBodies,
                        t("score.self.prompt.title"), t("score.self.prompt", m)), CellFormat.INPUT_NUMBER);
                if (byBodies) {
                    label(row, 7, indicator.code() + ".byBodies", t("score.byBodies"), CellFormat.NOT_SCORED);
                    label(row, 8, indicator.code() + ".noNote", "", CellFormat.NOT_SCORED);
                } else {
                    input(row, 7, FieldKey.score(indicator.code()), new InputRule(InputRule.Kind.DECIMAL,
                            BigDecimal.ZERO, indicator.maxScore(), List.of(), 0, true,
                            t("score.score.prompt.title"), t("score.score.prompt", m)), CellFormat.INPUT_NUMBER);
                    input(row, 8, FieldKey.note(indicator.code()), InputRule.text(500, false,
                            t("score.note.prompt.title"), t("score.note.prompt")), CellFormat.INPUT_TEXT);
                }
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
            if (assessedHere) {
                formula(row, 7, FieldKey.score(category.code()), "SUM(H" + (first + 1) + ":H" + (last + 1) + ")");
            }
            subtotalSelf.add("G" + (row + 1));
            subtotalScore.add("H" + (row + 1));
            heights.put(row, LINE + 6);
            merge(first, row, 0, 0);
            fit(first, 0, categoryText, 0, 0);
            float block = 0;
            for (int r = first; r <= row; r++) {
                block += heights.getOrDefault(r, LINE + 4);
            }
            pages.place(first, block);
            row++;
        }
        label(row, 0, system.code() + ".total", t("score.total"), CellFormat.SUBTOTAL);
        merge(row, row, 0, 3);
        number(row, 4, system.code() + ".max", system.total());
        formula(row, 6, FieldKey.self(system.code()), "SUM(" + String.join(",", subtotalSelf) + ")");
        if (assessedHere) {
            formula(row, 7, FieldKey.score(system.code()), "SUM(" + String.join(",", subtotalScore) + ")");
        }
        heights.put(row, LINE + 8);
        finish(true, headerRow, headerRow, headerRow + 1);
        sortSheetCells();
    }

    void vetoSheet() {
        start(FormLayouts.sheetName(vetoSheetName()), "veto", List.of(6, 62, 14, 10, 40));
        int row = heading(t(selfOnly ? "veto.title.self" : "veto.title"), 4);
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
            if (assessors.byBodies(veto.code(), unit)) {
                label(row, 3, veto.code() + ".byBodies", t("veto.byBodies"), CellFormat.NOT_SCORED);
                label(row, 4, veto.code() + ".noExplanation", "", CellFormat.NOT_SCORED);
            } else {
                input(row, 3, FieldKey.answer(veto.code()), InputRule.yesNo(true, t("veto.answer.prompt.title"),
                        t("veto.answer.prompt")), CellFormat.INPUT_CHOICE);
                input(row, 4, FieldKey.explain(veto.code()), InputRule.text(1000, false,
                        t("veto.explain.prompt.title"), t("veto.explain.prompt")), CellFormat.INPUT_TEXT);
            }
            fit(row, 2 * LINE + 4, veto.situation(), 1, 1);
            row++;
        }
        row++;
        if (selfOnly) {
            selfBlock(row);
            finish(true, headerRow, headerRow, headerRow + 1);
            sortSheetCells();
            return;
        }
        label(row, 0, "assessor.heading", t("assessor.heading"), CellFormat.SUBTITLE);
        merge(row, row, 0, 4);
        heights.put(row, 22f);
        row++;
        String assessorList = Plan.LIST_ASSESSORS;
        row = field(row, 1, "assessor.unit.label", t("assessor.unit"), FormField.ASSESSOR_UNIT,
                InputRule.choice(plan.list(assessorList), true, t("assessor.unit"), t("assessor.unit.prompt")),
                CellFormat.INPUT_CHOICE);
        row = field(row, 1, "assessor.name.label", t("assessor.name"), FormField.ASSESSOR_NAME,
                InputRule.text(50, true, t("assessor.name"), t("assessor.name.prompt")), CellFormat.INPUT_TEXT);
        field(row, 1, "assessor.date.label", t("assessor.date"), FormField.ASSESSOR_DATE,
                InputRule.date(true, t("assessor.date"), t("date.prompt")), CellFormat.INPUT_DATE);
        finish(true, headerRow, headerRow, headerRow + 1);
        sortSheetCells();
    }

    /** Who filled in a unit's self-assessment (the assessors are the bodies, in their own workbooks). */
    private void selfBlock(int row) {
        label(row, 0, "self.heading", t("self.heading"), CellFormat.SUBTITLE);
        merge(row, row, 0, 4);
        heights.put(row, 22f);
        row++;
        row = field(row, 1, "unit.contact.label", t("unit.contact"), FormField.UNIT_CONTACT, InputRule.text(50, true,
                t("unit.contact"), t("input.prompt.required", Map.of("label", t("unit.contact")))), CellFormat.INPUT_TEXT);
        row = field(row, 1, "unit.phone.label", t("unit.phone"), FormField.UNIT_PHONE, InputRule.text(30, false,
                t("unit.phone"), t("input.prompt", Map.of("label", t("unit.phone")))), CellFormat.INPUT_TEXT);
        field(row, 1, "unit.date.label", t("unit.date"), FormField.UNIT_DATE,
                InputRule.date(true, t("unit.date"), t("date.prompt")), CellFormat.INPUT_DATE);
    }
}
