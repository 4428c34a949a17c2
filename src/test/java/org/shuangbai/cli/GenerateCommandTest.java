package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.WorkbookIdentity;
import org.shuangbai.plan.PlanLoader;

class GenerateCommandTest {
    @TempDir
    Path ws;

    private void copyPlan() throws Exception {
        Path plan = ws.resolve("input/plan");
        Files.createDirectories(plan);
        try (Stream<Path> files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, plan.resolve(f.getFileName().toString()));
            }
        }
    }

    private static List<Path> listFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void generatesTheThreeWorkbooksOfNamedUnitsInAFolderPerUnit() throws Exception {
        copyPlan();
        assertEquals(ExitCode.OK, Main.run("generate", "-w", ws.toString(), "--unit", "S01", "--unit", "D48"));
        Path dist = ws.resolve("output/distribution");
        List<String> names = listFiles(dist).stream().map(p -> dist.relativize(p).toString()).toList();
        assertTrue(names.contains("S01_朝外街道办事处/S01_朝外街道办事处_2009年考核评分表.xlsx"), names.toString());
        assertTrue(names.contains("S01_朝外街道办事处/S01_朝外街道办事处_2009年效能监察立项表.xlsx"), names.toString());
        assertTrue(names.contains("S01_朝外街道办事处/S01_朝外街道办事处_2009年挂帐问题项目表.xlsx"), names.toString());
        assertEquals(6, names.size());
        assertEquals(3, names.stream().filter(n -> n.startsWith("D48_")).count());
        assertTrue(Files.size(ws.resolve(".shuangbai/workspace.key")) == 32);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(
                dist.resolve("S01_朝外街道办事处/S01_朝外街道办事处_2009年考核评分表.xlsx")))) {
            assertEquals("S01", WorkbookIdentity.values(wb).orElseThrow().get("unit"));
        }
    }

    @Test
    void formOptionLimitsToOneForm() throws Exception {
        copyPlan();
        assertEquals(ExitCode.OK, Main.run("generate", "-w", ws.toString(), "--unit", "D01", "--form", "score"));
        List<Path> files = listFiles(ws.resolve("output/distribution"));
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().endsWith("考核评分表.xlsx"));
    }

    @Test
    void unknownUnitIsAUsageErrorInChineseAndWritesNothing() throws Exception {
        copyPlan();
        int code = Main.run("generate", "-w", ws.toString(), "--unit", "X99");
        assertEquals(ExitCode.USAGE, code);
        assertFalse(Files.exists(ws.resolve("output/distribution")));
        assertEquals(ExitCode.USAGE, Main.run("generate", "-w", ws.toString(), "--form", "budget"));
    }

    @Test
    void bodiesGetTheirWorkbooksInAFolderOfTheirOwn() throws Exception {
        copyPlan();
        CliRunner.Result r = CliRunner.run("generate", "-w", ws.toString(), "--body", "JCJ", "--body", "SHB");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("已为 0 个单位、2 个评分单位生成 2 个工作簿"), r.out());
        Path dist = ws.resolve("output/distribution");
        assertEquals(List.of("评分单位/JCJ_监察局_2009年评分单位评分表.xlsx", "评分单位/SHB_社会办_2009年评分单位评分表.xlsx"),
                listFiles(dist).stream().map(p -> dist.relativize(p).toString()).toList());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dist.resolve("评分单位/JCJ_监察局_2009年评分单位评分表.xlsx")))) {
            assertEquals("JCJ", WorkbookIdentity.values(wb).orElseThrow().get("unit"));
            assertEquals("assessor", WorkbookIdentity.values(wb).orElseThrow().get("form"));
        }
        // --form assessor: every body; a unit named as well gets its forms too
        r = CliRunner.run("generate", "-w", ws.toString(), "--form", "assessor");
        assertTrue(r.out().contains("已为 0 个单位、28 个评分单位生成 28 个工作簿"), r.out());
        r = CliRunner.run("generate", "-w", ws.toString(), "--unit", "S01", "--body", "XFB");
        assertTrue(r.out().contains("已为 1 个单位、1 个评分单位生成 4 个工作簿"), r.out());
        // unknown bodies, and a plan without bodies asked for theirs
        r = CliRunner.run("generate", "-w", ws.toString(), "--body", "XYZ");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("考核方案中没有评分单位代码 XYZ"), r.err());
        org.shuangbai.TestPlans.withoutBodies(ws);
        r = CliRunner.run("generate", "-w", ws.toString(), "--form", "assessor");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("考核方案未设评分单位"), r.err());
    }

    @Test
    void everythingAtOnceIsEveryUnitsThreeFormsAndEveryBodysWorkbook() throws Exception {
        copyPlan();
        CliRunner.Result r = CliRunner.run("generate", "-w", ws.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("已为 91 个单位、28 个评分单位生成 301 个工作簿"), r.out());
        assertEquals(301, listFiles(ws.resolve("output/distribution")).size());
    }

    @Test
    void libraryGeneratesEveryUnit() throws Exception {
        copyPlan();
        var plan = PlanLoader.load(ws.resolve("input/plan"));
        List<Path> files = Distribution.generate(new Workspace(ws), plan, plan.units(), List.of(FormKind.LEDGER));
        assertEquals(91, files.size());
        assertEquals(91, listFiles(ws.resolve("output/distribution")).size());
    }
}
