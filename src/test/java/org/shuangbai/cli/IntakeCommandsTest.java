package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.ledger.WorkspaceLock;

import com.opencsv.CSVReader;

/** ingest, status and export through the command line. */
class IntakeCommandsTest {
    @TempDir
    Path dir;
    ReturnFixture fx;
    String ws;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        ws = fx.workspace.root().toString();
    }

    /** S01 returns all three forms, its score note trying a formula injection. */
    void returnAllFormsOfS01() throws Exception {
        for (FormKind kind : FormKind.unitForms()) {
            FormLayout layout = fx.layout("S01", kind);
            Map<String, Object> answers = ReturnFixture.answers(layout, 2);
            if (kind == FormKind.SCORE) {
                answers.put("EFF-01.note", "=HYPERLINK(\"http://example.invalid\",\"点此\")");
                answers.put("EFF-02.note", "-扣0.5分");
            }
            ReturnFixture.fill(fx.generate("S01", kind), fx.workspace.returnedDir().resolve("S01")
                    .resolve(kind.option() + ".xlsx"), layout, answers);
        }
    }

    static List<String[]> readCsv(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        try (Reader r = new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
             CSVReader csv = new CSVReader(r)) {
            return csv.readAll();
        }
    }

    @Test
    void ingestExitCodes() throws Exception {
        returnAllFormsOfS01();
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        // everything again: duplicates only, still OK
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        Files.writeString(fx.workspace.returnedDir().resolve("坏文件.xlsx"), "not a workbook");
        assertEquals(ExitCode.SOME_REJECTED, Main.run("ingest", "-w", ws));
        assertEquals(ExitCode.USAGE, Main.run("ingest", "-w", ws, dir.resolve("nowhere").toString()));
    }

    @Test
    void aSecondCommandOnALockedWorkspaceIsRefused() throws Exception {
        returnAllFormsOfS01();
        try (WorkspaceLock held = WorkspaceLock.acquire(fx.workspace)) {
            assertEquals(ExitCode.LOCKED, Main.run("ingest", "-w", ws));
            assertEquals(ExitCode.LOCKED, Main.run("status", "-w", ws));
            assertEquals(ExitCode.LOCKED, Main.run("export", "-w", ws));
        }
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
    }

    @Test
    void statusListsEveryUnitStillOwingAForm() throws Exception {
        returnAllFormsOfS01();
        // S02 returns a score sheet with a mistake
        FormLayout s02 = fx.layout("S02", FormKind.SCORE);
        Map<String, Object> bad = ReturnFixture.answers(s02, 0);
        bad.put("EFF-01.score", 7.0);
        ReturnFixture.fill(fx.generate("S02", FormKind.SCORE), fx.workspace.returnedDir().resolve("S02.xlsx"), s02, bad);
        Main.run("ingest", "-w", ws);

        assertEquals(ExitCode.OK, Main.run("status", "-w", ws));

        List<String[]> rows = readCsv(fx.workspace.statusDir().resolve("催报名单.csv"));
        assertEquals(List.of("分组", "单位代码", "单位名称", "表格", "状态", "原因", "最近收到的文件", "收到时间"),
                List.of(rows.get(0)));
        int units = ReturnFixture.plan().units().size();
        // every form of every unit but S01's three
        assertEquals(units * 3 - 3, rows.size() - 1);
        assertTrue(rows.stream().noneMatch(r -> r[1].equals("S01")));
        String[] s02Score = rows.stream().filter(r -> r[1].equals("S02") && r[3].equals("考核评分表")).findFirst()
                .orElseThrow();
        assertEquals("被退回", s02Score[4]);
        assertTrue(s02Score[5].contains("单元格 H4") && s02Score[5].contains("超过本项分值 3 分"), s02Score[5]);
        assertEquals("input/returned/S02.xlsx", s02Score[6]);
        String[] d48 = rows.get(rows.size() - 1);
        assertEquals(List.of("委办局", "D48", "考核评分表", "未交"), List.of(d48[0], d48[1], d48[3], d48[4]));
        try (Workbook wb = WorkbookFactory.create(fx.workspace.statusDir().resolve("催报名单.xlsx").toFile())) {
            assertEquals(rows.size() - 1, wb.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void exportHoldsEveryCurrentValueWithItsSourceNeutralised() throws Exception {
        returnAllFormsOfS01();
        Main.run("ingest", "-w", ws);

        assertEquals(ExitCode.OK, Main.run("export", "-w", ws));

        List<String[]> rows = readCsv(fx.workspace.exportDir().resolve("values.csv"));
        assertEquals(List.of("单位代码", "单位名称", "分组", "表格", "评分单位/评分人", "字段", "值", "来源文件", "工作表", "单元格",
                "文件SHA-256"), List.of(rows.get(0)));
        Map<String, String[]> byField = new LinkedHashMap<>();
        rows.stream().skip(1).forEach(r -> byField.put(r[3] + " " + r[5], r));
        int expected = 0;
        for (FormKind kind : FormKind.unitForms()) {
            expected += ReturnFixture.answers(fx.layout("S01", kind), 2).size();
        }
        assertEquals(expected, byField.size());
        String[] note = byField.get("考核评分表 EFF-01.note");
        assertEquals("'=HYPERLINK(\"http://example.invalid\",\"点此\")", note[6]);
        assertEquals("'-扣0.5分", byField.get("考核评分表 EFF-02.note")[6]);
        String[] score = byField.get("考核评分表 EFF-01.score");
        assertEquals(List.of("S01", "朝外街道办事处", "街乡", "2.4", "input/returned/S01/score.xlsx", "效能监察", "H4"),
                List.of(score[0], score[1], score[2], score[6], score[7], score[8], score[9]));
        assertEquals(64, score[10].length());

        try (Workbook wb = WorkbookFactory.create(fx.workspace.exportDir().resolve("values.xlsx").toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                String field = row.getCell(5).getStringCellValue();
                if (field.equals("EFF-01.score")) {
                    assertEquals(CellType.NUMERIC, row.getCell(6).getCellType());
                    assertEquals(2.4, row.getCell(6).getNumericCellValue());
                }
                if (field.equals("EFF-01.note")) {
                    assertEquals(CellType.STRING, row.getCell(6).getCellType());
                    assertTrue(row.getCell(6).getStringCellValue().startsWith("'="));
                }
            }
            assertEquals(expected, sheet.getLastRowNum());
        }
    }

    @Test
    void exportIsDeterministic() throws Exception {
        returnAllFormsOfS01();
        Main.run("ingest", "-w", ws);
        Main.run("export", "-w", ws);
        byte[] csv = Files.readAllBytes(fx.workspace.exportDir().resolve("values.csv"));
        byte[] xlsx = Files.readAllBytes(fx.workspace.exportDir().resolve("values.xlsx"));
        try (var zip = new java.util.zip.ZipFile(fx.workspace.exportDir().resolve("values.xlsx").toFile())) {
            // zip entries carry no time of the run (POI would stamp the current time)
            zip.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(2009, 1, 1, 0, 0), e.getTimeLocal()));
        }
        Main.run("export", "-w", ws);
        assertArrayEquals(csv, Files.readAllBytes(fx.workspace.exportDir().resolve("values.csv")));
        assertArrayEquals(xlsx, Files.readAllBytes(fx.workspace.exportDir().resolve("values.xlsx")));
    }
}
