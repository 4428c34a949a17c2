package org.shuangbai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation error on a small broken copy of the bundled plan, with its file and line. */
class PlanValidationTest {
    @TempDir
    Path dir;

    private Path copyPlan() throws IOException {
        return PlanFiles.copyBundled(dir, false);
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        PlanFiles.edit(dir, file, change);
    }

    private List<PlanProblem> problems() {
        return assertThrows(PlanException.class, () -> PlanLoader.load(dir)).problems();
    }

    private static void assertOnly(List<PlanProblem> problems, String file, int line, String column, String fragment) {
        assertEquals(1, problems.size(), problems.toString());
        PlanProblem p = problems.get(0);
        assertEquals(file, p.file());
        assertEquals(line, p.line());
        assertEquals(column, p.column());
        assertTrue(p.message().contains(fragment), p.message());
    }

    @Test
    void indicatorsThatDoNotAddUpToTheirCategory() throws IOException {
        copyPlan();
        // EFF-01 (3 points) becomes 4: 工作方案 then sums to 7, not 6 (line 2 of categories.csv).
        edit(PlanLoader.INDICATORS, s -> s.replaceFirst("(EFF-01,1,立项重点突出,[^\\n]*?,监察局,)3,", "$14,"));
        assertOnly(problems(), "categories.csv", 2, "分值", "合计为 7");
    }

    @Test
    void categoriesThatDoNotAddUpToTheSystemTotal() throws IOException {
        copyPlan();
        edit(PlanLoader.SYSTEMS, s -> s.replaceFirst("效能监察,1,100,", "效能监察,1,90,"));
        assertOnly(problems(), "systems.csv", 2, "总分", "合计为 100");
    }

    @Test
    void duplicateCode() throws IOException {
        copyPlan();
        edit(PlanLoader.UNITS, s -> s.replace("S02,劲松街道办事处", "S01,劲松街道办事处"));
        assertOnly(problems(), "units.csv", 3, "代码", "重复");
    }

    @Test
    void missingCode() throws IOException {
        copyPlan();
        edit(PlanLoader.UNITS, s -> s.replace("S02,劲松街道办事处", ",劲松街道办事处"));
        assertOnly(problems(), "units.csv", 3, "代码", "不能为空");
    }

    @Test
    void unknownAndMissingColumns() throws IOException {
        copyPlan();
        edit(PlanLoader.UNITS, s -> s.replaceFirst("代码,名称,分组,类型", "代码,名字,分组,类型"));
        List<PlanProblem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().equals("units.csv") && p.line() == 1));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("未知的列「名字」")));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("缺少必需的列「名称」")));
    }

    @Test
    void nonNumericNegativeAndEmptyScores() throws IOException {
        copyPlan();
        edit(PlanLoader.CATEGORIES, s -> s.replace("EFF-C1,1,工作方案,6", "EFF-C1,1,工作方案,六")
                .replace("EFF-C2,2,工作管理,12", "EFF-C2,2,工作管理,-12")
                .replace("EFF-C3,3,任务完成,55", "EFF-C3,3,任务完成,"));
        List<PlanProblem> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.line() == 2 && p.message().contains("「六」不是数字")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && p.message().contains("不能为负数")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && p.message().contains("不能为空")), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().equals("categories.csv")), problems.toString());
    }

    @Test
    void unitInUnknownGroup() throws IOException {
        copyPlan();
        edit(PlanLoader.UNITS, s -> s.replace("D01,区发展改革委,委办局", "D01,区发展改革委,部委"));
        assertOnly(problems(), "units.csv", 45, "分组", "未知的分组「部委」");
    }

    @Test
    void duplicateUnitName() throws IOException {
        copyPlan();
        edit(PlanLoader.UNITS, s -> s.replace("D02,区市政管委", "D02,区发展改革委"));
        assertOnly(problems(), "units.csv", 46, "名称", "重复，第45行已有");
    }

    @Test
    void unreadableFile() throws IOException {
        copyPlan();
        Files.write(dir.resolve(PlanLoader.VETOES), new byte[] {(byte) 0xC4, (byte) 0xE3, ',', (byte) 0xFF, '\n'});
        assertOnly(problems(), "vetoes.csv", 0, null, "不是 UTF-8");
    }

    @Test
    void missingFile() throws IOException {
        copyPlan();
        Files.delete(dir.resolve(PlanLoader.LISTS));
        assertOnly(problems(), "lists.csv", 0, null, "找不到文件");
    }

    @Test
    void badSettingsNameTheirLine() throws IOException {
        copyPlan();
        edit(PlanLoader.SETTINGS, s -> s.replace("scoring.commendation.quota = 20%", "scoring.commendation.quota = 二成")
                .replace("scoring.commendation.rounding = 四舍五入", "scoring.commendation.rounding = 随便"));
        List<PlanProblem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().equals("settings.properties") && p.line() > 0));
        assertTrue(problems.get(0).describe().startsWith("settings.properties 第"), problems.get(0).describe());
    }

    @Test
    void everyErrorIsReportedAtOnce() throws IOException {
        copyPlan();
        edit(PlanLoader.UNITS, s -> s.replace("D01,区发展改革委,委办局", "D01,区发展改革委,部委")
                .replace("S02,劲松街道办事处", "S01,劲松街道办事处"));
        edit(PlanLoader.SYSTEMS, s -> s.replaceFirst("效能监察,1,100,", "效能监察,1,90,"));
        assertEquals(3, problems().size());
    }
}
