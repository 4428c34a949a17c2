package org.shuangbai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.text.Messages;

/**
 * Words of the plan files (column names, list names, groups, veto effects, rule options) live in
 * messages.properties: a plan may write them as bundled, as a workspace rewords them, or by the constant's name.
 */
class PlanWordsTest {
    @TempDir
    Path workspace;

    private Path plan;

    @AfterEach
    void bundledTextsAgain() {
        Messages.use(workspace.resolve("no-such-workspace"));
    }

    private void copyPlan() throws IOException {
        plan = Files.createDirectories(workspace.resolve("input/plan"));
        for (String f : PlanLoader.FILES) {
            Files.copy(Path.of("input/plan").resolve(f), plan.resolve(f));
        }
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path p = plan.resolve(file);
        Files.writeString(p, change.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private void reword(String... lines) throws IOException {
        Path own = workspace.resolve(Messages.FILE);
        Files.createDirectories(own.getParent());
        Files.write(own, List.of(lines), StandardCharsets.UTF_8);
        Messages.use(workspace);
    }

    @Test
    void constantNamesAreAcceptedBesideTheWords() throws Exception {
        copyPlan();
        edit(PlanLoader.UNITS, s -> s.replace("S01,朝外街道办事处,街乡", "S01,朝外街道办事处,STREET"));
        edit(PlanLoader.VETOES, s -> s.replaceFirst(",评为较差,", ",GRADE_POOR,"));
        edit(PlanLoader.SETTINGS, s -> s.replace("rounding = 四舍五入", "rounding = floor"));
        Plan p = PlanLoader.load(plan);
        assertEquals(UnitGroup.STREET, p.unit("S01").orElseThrow().group());
        assertEquals(VetoEffect.GRADE_POOR, p.vetoes().get(0).effect());
        assertEquals(QuotaRounding.FLOOR, p.settings().scoring().rounding());
    }

    @Test
    void aRewordedWordIsShownAndBothWordingsAreRead() throws Exception {
        copyPlan();
        reword("enum.unitGroup.STREET = 街道乡镇", "plan.column.group = 单位分组", "plan.list.assessors = 评分机构",
                "enum.quotaRounding.HALF_UP = 四舍五入取整");
        // the bundled plan, written with the bundled words, still loads
        Plan bundled = PlanLoader.load(plan);
        assertEquals(UnitGroup.STREET, bundled.unit("S01").orElseThrow().group());
        assertEquals("街道乡镇", UnitGroup.STREET.label());
        assertEquals(8, bundled.list(Plan.LIST_ASSESSORS).size());

        // and so does one written with the new words
        edit(PlanLoader.UNITS, s -> s.replaceFirst("代码,名称,分组,类型", "代码,名称,单位分组,类型")
                .replace("S01,朝外街道办事处,街乡", "S01,朝外街道办事处,街道乡镇"));
        edit(PlanLoader.LISTS, s -> s.replace("评分单位,", "评分机构,"));
        edit(PlanLoader.SETTINGS, s -> s.replace("rounding = 四舍五入", "rounding = 四舍五入取整"));
        Plan reworded = PlanLoader.load(plan);
        assertEquals(UnitGroup.STREET, reworded.unit("S01").orElseThrow().group());
        assertEquals(bundled.list(Plan.LIST_ASSESSORS), reworded.list(Plan.LIST_ASSESSORS));

        // problems name the column and the list as the workspace words them
        edit(PlanLoader.UNITS, s -> s.replace("S02,劲松街道办事处,街乡", "S02,劲松街道办事处,"));
        edit(PlanLoader.LISTS, s -> s.replace("评分机构,", "评分人,"));
        List<PlanProblem> problems = assertThrows(PlanException.class, () -> PlanLoader.load(plan)).problems();
        assertEquals(List.of("units.csv 第3行「单位分组」：不能为空。请填写「单位分组」。",
                "lists.csv「列表」：缺少列表「评分机构」，填报表的下拉选项需要它。"),
                problems.stream().map(PlanProblem::describe).toList());
    }

    @Test
    void aProblemNamesFileLineAndColumnAsTheOfficeReadsIt() {
        assertEquals("categories.csv 第2行「分值」：一级指标「工作方案」分值为 6，但其二级指标分值合计为 7。",
                new PlanProblem("categories.csv", 2, "分值", "一级指标「工作方案」分值为 6，但其二级指标分值合计为 7。").describe());
        assertEquals("units.csv 第3行：本行有 5 个字段，比表头多。",
                new PlanProblem("units.csv", 3, null, "本行有 5 个字段，比表头多。").describe());
        assertEquals("lists.csv「列表」：缺少列表「评分单位」。", new PlanProblem("lists.csv", 0, "列表", "缺少列表「评分单位」。").describe());
        assertEquals("units.csv：没有任何被考核单位。", new PlanProblem("units.csv", 0, null, "没有任何被考核单位。").describe());
    }
}
