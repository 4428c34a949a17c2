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
    void libraryGeneratesEveryUnit() throws Exception {
        copyPlan();
        var plan = PlanLoader.load(ws.resolve("input/plan"));
        List<Path> files = Distribution.generate(new Workspace(ws), plan, plan.units(), List.of(FormKind.LEDGER));
        assertEquals(91, files.size());
        assertEquals(91, listFiles(ws.resolve("output/distribution")).size());
    }
}
