package org.shuangbai.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.forms.CellRole;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.InputRule;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.Veto;

/**
 * A layout with the cells the three forms carry (both systems' 41 indicator rows with every seed
 * column and the three input columns, the veto rows, the registration and ledger grids), used by
 * the baselines only while the real layouts are not available to the benchmark.
 */
final class StandInLayouts {
    private StandInLayouts() {
    }

    static FormLayout layout(Plan plan, AssessedUnit unit, FormKind kind) {
        FormIdentity id = new FormIdentity(plan.settings().planCode(), plan.settings().year(), unit.code(), kind,
                plan.settings().forms().templateVersion());
        List<CellSpec> cells = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        sheets.add("填报说明");
        cells.add(label("填报说明", 0, 0, kind.title() + " — " + unit.name()));
        switch (kind) {
            case SCORE -> score(plan, sheets, cells);
            case REGISTRATION -> grid(sheets, cells, "立项表", "P", plan.settings().forms().registrationRows(),
                    new String[] {"name", "source", "goal", "measures", "schedule", "start", "end", "leader", "department"},
                    new String[] {"项目名称", "项目来源", "工作目标", "主要措施", "进度安排", "开始日期", "完成日期", "责任领导", "责任部门"},
                    new String[] {"contact", "phone", "date"});
            case LEDGER -> grid(sheets, cells, "挂帐问题", "L", plan.settings().forms().ledgerRows(),
                    new String[] {"problem", "category", "opinion", "deadline", "department", "status"},
                    new String[] {"问题描述", "问题类别", "处理意见", "整改期限", "责任部门", "整改状态"},
                    new String[] {"leader", "contact", "phone", "date"});
        }
        return new FormLayout(id, sheets, cells);
    }

    private static void score(Plan plan, List<String> sheets, List<CellSpec> cells) {
        String[] headers = {"一级指标", "二级指标", "检查方法", "责任单位", "指标分值", "主要考核内容", "自评分", "考核得分", "扣分说明"};
        for (IndicatorSystem system : plan.systems()) {
            String sheet = system.shortName();
            sheets.add(sheet);
            cells.add(label(sheet, 0, 0, system.name()));
            for (int c = 0; c < headers.length; c++) {
                cells.add(label(sheet, 1, c, headers[c]));
            }
            int row = 2;
            for (Category category : system.categories()) {
                for (Indicator i : category.indicators()) {
                    cells.add(label(sheet, row, 0, category.number() + ". " + category.name()));
                    cells.add(label(sheet, row, 1, i.number() + ". " + i.name()));
                    cells.add(label(sheet, row, 2, i.checkMethod()));
                    cells.add(label(sheet, row, 3, i.responsibleUnit()));
                    cells.add(label(sheet, row, 4, i.maxScore().toPlainString()));
                    cells.add(label(sheet, row, 5, i.criteria()));
                    InputRule rule = InputRule.decimal(BigDecimal.ZERO, i.maxScore(), false, "得分", "0至分值");
                    cells.add(input(sheet, row, 6, i.code() + ".self", rule));
                    cells.add(input(sheet, row, 7, i.code() + ".score", rule));
                    cells.add(input(sheet, row, 8, i.code() + ".note", InputRule.text(500, false, "说明", "扣分说明")));
                    row++;
                }
            }
            cells.add(label(sheet, row, 0, "合计"));
            cells.add(new CellSpec(sheet, row, 6, CellRole.FORMULA, system.code() + ".selfTotal", "SUM(G3:G" + row + ")", null, null));
            cells.add(new CellSpec(sheet, row, 7, CellRole.FORMULA, system.code() + ".total", "SUM(H3:H" + row + ")", null, null));
        }
        String sheet = "一票否决";
        sheets.add(sheet);
        int row = 1;
        for (Veto v : plan.vetoes()) {
            cells.add(label(sheet, row, 0, v.code()));
            cells.add(label(sheet, row, 1, v.situation()));
            cells.add(label(sheet, row, 2, v.effect().label()));
            cells.add(input(sheet, row, 3, v.code() + ".answer", InputRule.yesNo(true, "是否", "是/否")));
            cells.add(input(sheet, row, 4, v.code() + ".explain", InputRule.text(500, false, "说明", "说明")));
            row++;
        }
        cells.add(input(sheet, row, 1, "assessor.unit", InputRule.choice(plan.list(Plan.LIST_ASSESSORS), true, "评分单位", "")));
        cells.add(input(sheet, row, 3, "assessor.name", InputRule.text(50, true, "评分人", "")));
        cells.add(input(sheet, row, 4, "assessor.date", InputRule.date(true, "评分日期", "")));
    }

    private static void grid(List<String> sheets, List<CellSpec> cells, String sheet, String prefix, int rows,
                             String[] fields, String[] titles, String[] unitFields) {
        sheets.add(sheet);
        for (int c = 0; c < titles.length; c++) {
            cells.add(label(sheet, 0, c + 1, titles[c]));
        }
        for (int r = 1; r <= rows; r++) {
            String key = String.format("%s%02d", prefix, r);
            cells.add(label(sheet, r, 0, Integer.toString(r)));
            for (int c = 0; c < fields.length; c++) {
                cells.add(new CellSpec(sheet, r, c + 1, CellRole.INPUT, key + "." + fields[c], null, key,
                        InputRule.text(200, false, titles[c], "")));
            }
        }
        for (int c = 0; c < unitFields.length; c++) {
            cells.add(input(sheet, rows + 1, c + 1, "unit." + unitFields[c], InputRule.text(50, true, "", "")));
        }
    }

    private static CellSpec label(String sheet, int row, int column, String text) {
        return new CellSpec(sheet, row, column, CellRole.LABEL, null, text, null, null);
    }

    private static CellSpec input(String sheet, int row, int column, String field, InputRule rule) {
        return new CellSpec(sheet, row, column, CellRole.INPUT, field, null, null, rule);
    }
}
