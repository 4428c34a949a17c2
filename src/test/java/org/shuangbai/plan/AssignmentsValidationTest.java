package org.shuangbai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan check on assessors.csv and assignments.csv: each refusal with the file, line and column the office
 * edits, literal message beside it; and the forms a plan may use (ranges, weights, leads, score sheets).
 */
class AssignmentsValidationTest {
    @TempDir
    Path dir;

    private void copyPlan() throws IOException {
        PlanFiles.copyBundled(dir, true);
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        PlanFiles.edit(dir, file, change);
    }

    private List<String> problems() {
        return assertThrows(PlanException.class, () -> PlanLoader.load(dir)).problems().stream()
                .map(PlanProblem::describe).toList();
    }

    @Test
    void withoutBothFilesTheScoreSheetsAreTheSource() throws Exception {
        copyPlan();
        Files.delete(dir.resolve(PlanLoader.ASSESSORS));
        Files.delete(dir.resolve(PlanLoader.ASSIGNMENTS));
        Plan plan = PlanLoader.load(dir);
        assertFalse(plan.assessors().active());
        assertFalse(plan.assessors().byBodies("EFF-01", plan.units().get(0)));
    }

    @Test
    void oneFileWithoutTheOther() throws Exception {
        copyPlan();
        Files.delete(dir.resolve(PlanLoader.ASSESSORS));
        assertEquals(List.of("assessors.csv：有 assignments.csv 时须同时有 assessors.csv（评分单位和评分任务两张表要一起提供；"
                + "两张都没有时，各项指标由各单位的考核评分表评分）。"), problems());
    }

    @Test
    void anIndicatorNobodyScores() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-01,JCJ,全部,算术平均,\n", ""));
        assertEquals(List.of("assignments.csv「指标代码」：指标 EFF-01「立项重点突出」没有指定评分来源：请为它指定评分单位；"
                + "由各单位考核评分表评分的，评分单位代码写“本单位评分表”。"), problems());
    }

    @Test
    void anIndicatorScoredForSomeUnitsOnly() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-02,JCZ2,全部,算术平均,\n", ""));
        assertEquals(List.of("assignments.csv「指标代码」：指标 EFF-02「工作制度完善」对 48 个单位没有评分来源（D01 区发展改革委、"
                + "D02 区市政管委、D03 区建委、D04 区农委、D05 区文化委等 48 个单位）：请扩大评分单位的范围，或为这些单位加一行“本单位评分表”。"),
                problems());
    }

    @Test
    void aBodyWithNothingToScore() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSESSORS, s -> s + "LDJ,主管区领导,主管领导,委办局,\n");
        assertEquals(List.of("assessors.csv 第30行「代码」：评分单位「主管区领导」在 assignments.csv 中没有任何评分任务："
                + "请为它指定指标，或从本表删除它。"), problems());
    }

    @Test
    void weightsThatDoNotAddUpToOneNameBothRows() throws Exception {
        copyPlan();
        // EFF-20 by 法制办 alone becomes a weighted pair with 行政投诉中心 whose weights sum to 0.9
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("ENV-20,FZB,全部,算术平均,\n",
                "ENV-20,FZB,全部,加权平均,0.6\nENV-20,XZTS,全部,加权平均,30%\n"));
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("assignments\\.csv 第(\\d+)行「权重」：指标 ENV-20「行政复议、行政诉讼及信访件复查情况」"
                + "对 S01 朝外街道办事处、S02 劲松街道办事处、S03 建外街道办事处、S04 呼家楼街道办事处、S05 八里庄街道办事处等 91 个单位"
                + "的权重合计为 0\\.9（第\\1、\\d+行），应为 1。"), problems.get(0));
    }

    @Test
    void weightsCheckedPerUnitAcrossDisjointBodies() throws Exception {
        copyPlan();
        // street offices: 0.5 + 0.5; departments: 0.4 + 0.6 (a different second body)
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("ENV-20,FZB,全部,算术平均,\n",
                "ENV-20,FZB,全部,加权平均,0.5\nENV-20,JCZ1,全部,加权平均,0.5\nENV-20,XZTS,委办局,加权平均,0.6\n")
                .replace("ENV-20,FZB,全部,加权平均,0.5", "ENV-20,FZB,街乡,加权平均,0.5\nENV-20,FZB,委办局,加权平均,0.4"));
        Plan plan = PlanLoader.load(dir);
        assertEquals(List.of(new BigDecimal("0.5"), new BigDecimal("0.5")), plan.assessors()
                .rows("ENV-20", plan.unit("S01").orElseThrow()).stream().map(Assignment::weight).toList());
        assertEquals(List.of(new BigDecimal("0.4"), new BigDecimal("0.6")), plan.assessors()
                .rows("ENV-20", plan.unit("D01").orElseThrow()).stream().map(Assignment::weight).toList());
    }

    @Test
    void aRangeOutsideTheBodysCover() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-07,SHB,全部,算术平均,", "EFF-07,SHB,S40-S43、D01,算术平均,"));
        assertEquals(List.of("assignments.csv 第18行「范围」：范围中的 D01 区发展改革委不在评分单位「社会办」的覆盖单位（街乡，见 assessors.csv）之内。"),
                problems());
    }

    @Test
    void twoLeadBodies() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-09,ZFB,全部,以牵头单位为准,", "EFF-09,ZFB,全部,以牵头单位为准,牵头"));
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("assignments.csv 第30行「权重」：指标 EFF-09「效能监察立项工作完成情况」对 S01 朝外街道办事处"),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("有一个以上的牵头单位（第24、30行）：只能有一个。"), problems.get(0));
    }

    @Test
    void noLeadBody() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-09,JCJ,全部,以牵头单位为准,牵头", "EFF-09,JCJ,全部,以牵头单位为准,"));
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("assignments.csv 第24行「权重」：指标 EFF-09「效能监察立项工作完成情况」对 S01 朝外街道办事处"), problems.get(0));
        assertTrue(problems.get(0).endsWith("没有牵头单位（第24、25、26、27、28、29、30、31行）：请在牵头单位一行的「权重」中写“牵头”。"),
                problems.get(0));
    }

    @Test
    void unknownCodesAndWords() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-01,JCJ,全部,算术平均,", "EFF-01,JCJ,全部,算术平均,\nEFF-99,JCJ,全部,算术平均,")
                .replace("EFF-03,JCZ1,全部,算术平均,", "EFF-03,JCZ9,全部,算术平均,")
                .replace("EFF-04,JCZ1,全部,算术平均,", "EFF-04,JCZ1,S99,算术平均,")
                .replace("EFF-05,FGW,全部,算术平均,", "EFF-05,FGW,全部,平均,"));
        edit(PlanLoader.ASSESSORS, s -> s.replace("JW,建委,职能部门,全部", "JW,建委,部门,全部"));
        List<String> problems = problems();
        assertEquals(List.of(
                "assessors.csv 第6行「类型」：「部门」不是有效的选项，可填：职能部门、检查组、评议组、主管领导、导入渠道。",
                "assignments.csv 第3行「指标代码」：「EFF-99」既不是二级指标代码（indicators.csv），也不是一票否决情形代码（vetoes.csv）。",
                "assignments.csv 第6行「评分单位代码」：评分单位代码「JCZ9」不在 assessors.csv 中；由各单位考核评分表评分的，请写“本单位评分表”。",
                "assignments.csv 第8行「范围」：「S99」不是单位代码（见 units.csv）、单位代码范围（如 S01-S22），也不是“全部”“街乡”“委办局”。",
                "assignments.csv 第10行「合并方式」：「平均」不是有效的选项，可填：算术平均、加权平均、以牵头单位为准。"),
                problems.subList(0, 5));
        // the rows not read leave their indicator's units without a source: said too, after the rows
        assertTrue(problems.subList(5, problems.size()).stream().allMatch(p -> p.startsWith("assignments.csv「指标代码」：指标 EFF-0")),
                problems.toString());
    }

    @Test
    void rulesThatDisagreeWithinAnIndicatorAndWeightsWithoutAWeightedRule() throws Exception {
        copyPlan();
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-05,JW,全部,算术平均,", "EFF-05,JW,全部,以牵头单位为准,")
                .replace("EFF-05,CZJ,全部,算术平均,", "EFF-05,CZJ,全部,算术平均,0.2")
                .replace("V1,JCJ,全部,,", "V1,JCJ,全部,算术平均,"));
        List<String> problems = problems();
        assertEquals(List.of(
                "assignments.csv 第11行「权重」：合并方式为“算术平均”时不用权重，请清空「0.2」；按权重合并请把合并方式写为“加权平均”。",
                "assignments.csv 第109行「合并方式」：一票否决情形由任一评分单位认定即成立，「合并方式」和「权重」请留空。",
                "assignments.csv 第10行「合并方式」：指标 EFF-05 的合并方式为“以牵头单位为准”，与第9行的“算术平均”不同：同一指标各行的合并方式须一致。"),
                problems.subList(0, 3));
    }

    @Test
    void rangesListsAndScoreSheetsAsSourcesLoad() throws Exception {
        copyPlan();
        // four check groups, each its own units; EFF-12 left to the units' score sheets for the departments
        edit(PlanLoader.ASSESSORS, s -> s.replace("JCZ1,第一检查组,检查组,街乡,", "JCZ1,第一检查组,检查组,S01-S22,")
                .replace("JCZ2,第二检查组,检查组,委办局,", "JCZ2,第二检查组,检查组,S23～S43,")
                + "JCZ3,第三检查组,检查组,D01-D24,\nJCZ4,第四检查组,检查组,\"D25-D47、D48\",\n");
        edit(PlanLoader.ASSIGNMENTS, s -> {
            StringBuilder out = new StringBuilder();
            for (String line : s.split("\n")) {
                out.append(line).append('\n');
                if (line.matches("[A-Z]{3}-\\d\\d,JCZ2,.*")) {
                    out.append(line.replace("JCZ2", "JCZ3")).append('\n').append(line.replace("JCZ2", "JCZ4")).append('\n');
                }
            }
            return out.toString().replace("EFF-12,JCZ3,全部,算术平均,\n", "EFF-12,本单位评分表,D01-D24,,\n");
        });
        Plan plan = PlanLoader.load(dir);
        AssessedUnit d05 = plan.unit("D05").orElseThrow();
        assertFalse(plan.assessors().byBodies("EFF-12", d05));
        assertTrue(plan.assessors().rows("EFF-12", d05).get(0).unitSheet());
        assertEquals(List.of("JCZ4"), plan.assessors().rows("EFF-12", plan.unit("D48").orElseThrow()).stream()
                .map(Assignment::assessorCode).toList());
        assertEquals(22, plan.assessors().unitsOf("JCZ1", plan.units()).size());
        assertEquals(24, plan.assessors().unitsOf("JCZ3", plan.units()).size());
        assertEquals(24, plan.assessors().unitsOf("JCZ4", plan.units()).size());
    }

    @Test
    void partialReturnsSetting() throws Exception {
        copyPlan();
        edit(PlanLoader.SETTINGS, s -> s.replace("assessors.partial-returns = 不允许", "assessors.partial-returns = 允许"));
        assertTrue(PlanLoader.load(dir).assessors().partialReturns());
        edit(PlanLoader.SETTINGS, s -> s.replace("assessors.partial-returns = 允许", "assessors.partial-returns = 可以"));
        List<String> problems = problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).matches("settings\\.properties 第\\d+行「assessors\\.partial-returns」：「可以」不是有效的选项，可填：允许、不允许。"),
                problems.get(0));
    }
}
