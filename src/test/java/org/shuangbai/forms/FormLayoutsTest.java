package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.Plan;

class FormLayoutsTest {
    private final Plan plan = PlanFixture.plan();

    private FormLayout layout(FormKind kind) {
        return FormLayouts.build(plan, plan.unit("S01").orElseThrow(), kind);
    }

    /** The text of a label, or the formula of a field, by its id. */
    private String label(FormLayout layout, String id) {
        return layout.label(id).or(() -> layout.field(id)).orElseThrow(() -> new AssertionError("no " + id)).text();
    }

    @Test
    void scoreSheetHasEveryIndicatorWithEverySeedColumnAndInputs() {
        FormLayout l = layout(FormKind.SCORE);
        assertEquals(List.of("填表说明", "效能监察", "优化发展环境", "一票否决及评分人"), l.sheets());
        assertEquals(new FormIdentity("CY-2009-SB", 2009, "S01", FormKind.SCORE, "1"), l.identity());
        List<Indicator> indicators = plan.indicators().toList();
        assertEquals(41, indicators.size());
        for (Indicator i : indicators) {
            String c = i.code();
            assertEquals(i.number() + ". " + i.name(), label(l, c + ".name"));
            assertEquals(i.checkMethod(), label(l, c + ".check"));
            assertEquals(i.responsibleUnit(), label(l, c + ".responsible"));
            assertEquals(i.maxScore().stripTrailingZeros().toPlainString(), label(l, c + ".max"));
            assertEquals(i.criteria(), label(l, c + ".criteria"));
            CellSpec score = l.field(c + ".score").orElseThrow();
            assertEquals(CellRole.INPUT, score.role());
            assertEquals(InputRule.Kind.DECIMAL, score.rule().kind());
            assertEquals(0, BigDecimal.ZERO.compareTo(score.rule().min()));
            assertEquals(0, i.maxScore().compareTo(score.rule().max()));
            assertTrue(score.rule().required());
            assertEquals(i.maxScore(), l.field(c + ".self").orElseThrow().rule().max());
            assertEquals(InputRule.Kind.TEXT, l.field(c + ".note").orElseThrow().rule().kind());
            // the three inputs of an indicator are on its row
            assertEquals(score.row(), l.label(c + ".name").orElseThrow().row());
        }
        assertEquals(41 * 3 + 5 * 2 + 3, l.inputs().count());
    }

    @Test
    void scoreSheetColumnTitlesComeFromEachSystem() {
        FormLayout l = layout(FormKind.SCORE);
        assertEquals(List.of("一级指标", "二级指标", "检查方法", "责任单位", "指标分值", "主要考核内容", "自评分", "考核得分", "扣分说明"),
                headers(l, "效能监察"));
        assertEquals("考核内容", headers(l, "优化发展环境").get(5));
    }

    private static List<String> headers(FormLayout l, String sheet) {
        return l.labels().filter(c -> c.sheet().equals(sheet) && c.labelId() != null && c.labelId().contains(".header."))
                .map(CellSpec::text).toList();
    }

    @Test
    void subtotalsAndTotalsAreSumFormulasOverTheScoreCells() {
        FormLayout l = layout(FormKind.SCORE);
        // 效能监察: category 1 (工作方案, 4 indicators) starts on row 4 (1-based) under title, unit line and header
        assertEquals("SUM(H4:H7)", l.field("EFF-C1.score").orElseThrow().text());
        assertEquals("SUM(G4:G7)", l.field("EFF-C1.self").orElseThrow().text());
        assertEquals("工作方案", plan.system("EFFICIENCY").orElseThrow().categories().get(0).name());
        assertEquals("1. 工作方案（6分）", label(l, "EFF-C1"));
        assertEquals("6", label(l, "EFF-C1.max"));
        assertEquals("100", label(l, "EFFICIENCY.max"));
        assertEquals("100", label(l, "ENVIRONMENT.max"));
        assertEquals(5 + 6 + 2, l.formulas().filter(f -> f.key().text().endsWith(".score")).count());
        CellSpec total = l.field("EFFICIENCY.score").orElseThrow();
        assertTrue(total.text().startsWith("SUM(H8,"), total.text());
        assertEquals(5, total.text().split(",").length);
    }

    @Test
    void vetoesAndAssessorBlock() {
        FormLayout l = layout(FormKind.SCORE);
        assertEquals(5, plan.vetoes().size());
        for (var v : plan.vetoes()) {
            assertEquals(v.situation(), label(l, v.code() + ".situation"));
            assertEquals(v.effect().label(), label(l, v.code() + ".effect"));
            InputRule answer = l.field(v.code() + ".answer").orElseThrow().rule();
            assertEquals(InputRule.Kind.YES_NO, answer.kind());
            assertEquals(List.of("是", "否"), answer.choices());
            assertEquals(InputRule.Kind.TEXT, l.field(v.code() + ".explain").orElseThrow().rule().kind());
        }
        assertEquals(plan.list(Plan.LIST_ASSESSORS), l.field("assessor.unit").orElseThrow().rule().choices());
        assertEquals(InputRule.Kind.TEXT, l.field("assessor.name").orElseThrow().rule().kind());
        assertEquals(InputRule.Kind.DATE, l.field("assessor.date").orElseThrow().rule().kind());
    }

    @Test
    void registrationHasTheConfiguredRowsEachWithALockedNumber() {
        FormLayout l = layout(FormKind.REGISTRATION);
        assertEquals(List.of("填表说明", "效能监察立项表"), l.sheets());
        int rows = plan.settings().forms().registrationRows();
        assertEquals(30, rows);
        for (int i = 1; i <= rows; i++) {
            String p = String.format("P%02d", i);
            assertEquals(Integer.toString(i), label(l, p + ".number"));
            for (String f : List.of("name", "source", "goal", "measures", "schedule", "start", "end", "leader", "department")) {
                CellSpec c = l.field(p + "." + f).orElseThrow(() -> new AssertionError(p + f));
                assertEquals(CellRole.INPUT, c.role());
                assertEquals(p, c.record());
            }
            assertEquals(plan.list(Plan.LIST_PROJECT_SOURCES), l.field(p + ".source").orElseThrow().rule().choices());
            assertEquals(InputRule.Kind.DATE, l.field(p + ".end").orElseThrow().rule().kind());
        }
        assertEquals(30 * 9 + 3, l.inputs().count());
        assertTrue(l.field("unit.contact").isPresent() && l.field("unit.phone").isPresent() && l.field("unit.date").isPresent());
        assertTrue(label(l, "registration.unit").contains("朝外街道办事处"));
    }

    @Test
    void ledgerHasTheConfiguredRowsAndLists() {
        FormLayout l = layout(FormKind.LEDGER);
        int rows = plan.settings().forms().ledgerRows();
        assertEquals(40, rows);
        assertEquals(rows * 6 + 4, l.inputs().count());
        assertEquals(plan.list(Plan.LIST_ISSUE_CATEGORIES), l.field("L40.category").orElseThrow().rule().choices());
        assertEquals(plan.list(Plan.LIST_ISSUE_STATUSES), l.field("L01.status").orElseThrow().rule().choices());
        assertEquals(InputRule.Kind.DATE, l.field("L07.deadline").orElseThrow().rule().kind());
        assertTrue(l.field("unit.leader").isPresent());
    }

    @Test
    void instructionsComeFromTheTemplateWithPlanAndUnit() {
        FormLayout l = layout(FormKind.REGISTRATION);
        assertEquals("2009年度效能监察立项表填表说明", label(l, "instructions.title"));
        String all = String.join("\n", l.labels().filter(c -> c.sheet().equals("填表说明")).map(CellSpec::text).toList());
        assertTrue(all.contains("朝外街道办事处（代码 S01）"), all);
        assertTrue(all.contains("最多30行"), all);
        assertTrue(all.contains("朝政办发〔2009〕11号"), all);
    }

    @Test
    void cellsAreUniqueAndInRowMajorOrderPerSheet() {
        for (FormKind kind : FormKind.unitForms()) {
            FormLayout l = layout(kind);
            Set<String> seen = new HashSet<>();
            Set<String> fields = new HashSet<>();
            CellSpec previous = null;
            for (CellSpec c : l.cells()) {
                assertTrue(seen.add(c.sheet() + "!" + c.ref()), "duplicate cell " + c);
                String id = c.key() != null ? c.key().text() : c.labelId();
                if (id != null) {
                    assertTrue(fields.add(id), "duplicate field " + id);
                }
                if (previous != null && previous.sheet().equals(c.sheet())) {
                    assertTrue(previous.row() < c.row() || previous.row() == c.row() && previous.column() < c.column(),
                            "order " + previous + " " + c);
                }
                previous = c;
            }
        }
    }

    @Test
    void sameInputsGiveEqualLayouts() {
        assertEquals(layout(FormKind.SCORE), layout(FormKind.SCORE));
    }
}
