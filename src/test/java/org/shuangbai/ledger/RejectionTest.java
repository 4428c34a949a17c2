package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.Workspace;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.Problem;
import org.shuangbai.intake.ReturnFixture;

/** Every reason a returned file is rejected, each with the message an office clerk acts on. */
class RejectionTest {
    @TempDir
    Path dir;
    ReturnFixture fx;
    FormLayout score;
    Map<String, Object> answers;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        score = fx.layout("S01", FormKind.SCORE);
        answers = ReturnFixture.answers(score, 0);
    }

    /** A correctly filled S01 score sheet with some answers changed. */
    Path scoreSheet(String name, Map<String, Object> changes) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>(answers);
        values.putAll(changes);
        Path out = fx.workspace.returnedDir().resolve(name);
        ReturnFixture.fill(fx.generate("S01", FormKind.SCORE), out, score, values);
        return out;
    }

    FileReport ingestOne(Path file) throws Exception {
        IngestSummary s = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(file));
        assertEquals(1, s.files().size());
        return s.files().get(0);
    }

    static String all(FileReport r) {
        return r.line() + r.problems().stream().map(p -> "\n  " + p.describe()).collect(Collectors.joining());
    }

    static void assertRejected(FileReport r, String cell, String... phrases) {
        assertEquals(FileReport.Outcome.REJECTED, r.outcome(), () -> all(r));
        Problem hit = r.problems().stream()
                .filter(p -> Arrays.stream(phrases).allMatch(ph -> p.describe().contains(ph)))
                .findFirst().orElse(null);
        assertTrue(hit != null, () -> "no problem with " + List.of(phrases) + " in\n" + all(r));
        assertEquals(cell, hit.cell(), () -> all(r));
    }

    static void setIdentity(Path file, String key, String value) throws Exception {
        ReturnFixture.edit(file, wb -> {
            Sheet s = wb.getSheet("_shuangbai");
            for (Row row : s) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(key)) {
                    row.getCell(1).setCellValue(value);
                }
            }
        });
    }

    void assertLedgerHasNoSubmission() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(List.of(), ledger.currentValues());
        }
    }

    @Test
    void scoreAboveMaximum() throws Exception {
        FileReport r = ingestOne(scoreSheet("a.xlsx", Map.of("EFF-01.score", 3.5)));
        assertRejected(r, "H4", "工作表“效能监察”单元格 H4", "内容为“3.5”", "超过本项分值 3 分", "请填写0 到 3 之间的数字");
        assertLedgerHasNoSubmission();
    }

    @Test
    void negativeScore() throws Exception {
        assertRejected(ingestOne(scoreSheet("a.xlsx", Map.of("EFF-02.score", -1.0))), "H5", "“考核得分”不能为负数");
    }

    @Test
    void textInScoreCell() throws Exception {
        assertRejected(ingestOne(scoreSheet("a.xlsx", Map.of("EFF-01.self", "满分"))), "G4", "内容为“满分”",
                "须为数字");
    }

    @Test
    void numberTypedAsTextIsAcceptedAsNumber() throws Exception {
        FileReport r = ingestOne(scoreSheet("a.xlsx", Map.of("EFF-01.score", " 2.50 ")));
        assertEquals(FileReport.Outcome.ACCEPTED, r.outcome(), () -> all(r));
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals("2.5", ledger.currentValues(FormKind.SCORE).stream()
                    .filter(v -> v.field().text().equals("EFF-01.score")).findFirst().orElseThrow().value());
        }
    }

    @Test
    void formulaInScoreCell() throws Exception {
        assertRejected(ingestOne(scoreSheet("a.xlsx", Map.of("EFF-01.score", new ReturnFixture.Formula("1+1")))),
                "H4", "内容为“=1+1”", "公式");
    }

    @Test
    void requiredFieldEmpty() throws Exception {
        Map<String, Object> blank = new LinkedHashMap<>();
        blank.put("EFF-03.score", null);
        assertRejected(ingestOne(scoreSheet("a.xlsx", blank)), "H6", "“考核得分”是必填项，但未填写");
    }

    @Test
    void recordRowPartlyFilled() throws Exception {
        FormLayout reg = fx.layout("S01", FormKind.REGISTRATION);
        Map<String, Object> values = ReturnFixture.answers(reg, 1);
        values.remove("P01.source");
        Path out = fx.workspace.returnedDir().resolve("reg.xlsx");
        ReturnFixture.fill(fx.generate("S01", FormKind.REGISTRATION), out, reg, values);
        String ref = reg.field("P01.source").orElseThrow().ref();
        assertRejected(ingestOne(out), ref, "已填写了部分内容", "“项目来源”未填写");
    }

    @Test
    void invalidChoiceAndDate() throws Exception {
        FormLayout ledgerForm = fx.layout("S01", FormKind.LEDGER);
        Map<String, Object> values = ReturnFixture.answers(ledgerForm, 1);
        values.put("L01.status", "差不多了");
        values.put("L01.deadline", "明年春天");
        Path out = fx.workspace.returnedDir().resolve("ledger.xlsx");
        ReturnFixture.fill(fx.generate("S01", FormKind.LEDGER), out, ledgerForm, values);
        FileReport r = ingestOne(out);
        assertRejected(r, ledgerForm.field("L01.status").orElseThrow().ref(), "不是可选的值", "请从下拉列表中选择");
        assertRejected(r, ledgerForm.field("L01.deadline").orElseThrow().ref(), "不是有效的日期");
    }

    @Test
    void lockedCellEdited() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        CellSpec max = score.labels().filter(c -> c.sheet().equals("效能监察") && c.row() == 3 && "3".equals(c.text()))
                .findFirst().orElseThrow();
        ReturnFixture.edit(file, wb -> ReturnFixture.set(wb, max.sheet(), max.row(), max.column(), 30.0, null));
        assertRejected(ingestOne(file), max.ref(), "内容为“30”", "锁定单元格的内容被改动，下发时应为“3”");
    }

    @Test
    void rowsInserted() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        ReturnFixture.edit(file, wb -> {
            Sheet s = wb.getSheet("效能监察");
            s.shiftRows(8, s.getLastRowNum(), 2);
        });
        assertRejected(ingestOne(file), null, "工作表“效能监察”", "错位了 2 行", "插入了行");
    }

    @Test
    void signatureWrong() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        setIdentity(file, "signature", "0".repeat(64));
        assertRejected(ingestOne(file), null, "签名核验不通过");
    }

    @Test
    void signatureMissing() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        setIdentity(file, "signature", "");
        assertRejected(ingestOne(file), null, "缺少签名");
    }

    @Test
    void identityMissing() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        ReturnFixture.edit(file, wb -> {
            wb.removeSheetAt(wb.getSheetIndex("_shuangbai"));
            ((org.apache.poi.xssf.usermodel.XSSFWorkbook) wb).getProperties().getCustomProperties()
                    .getUnderlyingProperties().setPropertyArray(new org.openxmlformats.schemas.officeDocument.x2006
                            .customProperties.CTProperty[0]);
        });
        assertRejected(ingestOne(file), null, "没有填报表的身份信息");
    }

    @Test
    void identityFallsBackToDocumentProperties() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        ReturnFixture.edit(file, wb -> wb.removeSheetAt(wb.getSheetIndex("_shuangbai")));
        FileReport r = ingestOne(file);
        assertEquals(FileReport.Outcome.ACCEPTED, r.outcome(), () -> all(r));
    }

    @Test
    void identityCopiedFromAnotherUnitsFile() throws Exception {
        // S02's workbook, filled, with S01's identity sheet values pasted over its own
        FormLayout s02 = fx.layout("S02", FormKind.SCORE);
        Path file = fx.workspace.returnedDir().resolve("劲松.xlsx");
        ReturnFixture.fill(fx.generate("S02", FormKind.SCORE), file, s02, ReturnFixture.answers(s02, 0));
        Map<String, String> s01 = new LinkedHashMap<>();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(fx.generate("S01", FormKind.SCORE).toFile())) {
            for (Row row : wb.getSheet("_shuangbai")) {
                s01.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
        }
        for (var e : s01.entrySet()) {
            setIdentity(file, e.getKey(), e.getValue());
        }
        assertRejected(ingestOne(file), null, "身份信息写的是“朝外街道办事处”（S01）", "下发给“劲松街道办事处”（S02）");
    }

    @Test
    void identityEditedToAnotherUnit() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        setIdentity(file, "unit", "S02");
        assertRejected(ingestOne(file), null, "身份信息写的是“劲松街道办事处”（S02）", "下发给“朝外街道办事处”（S01）");
    }

    @Test
    void renamedAsAnotherUnitsFileIsStillItsOwn() throws Exception {
        Path file = scoreSheet("S02_劲松街道办事处_考核评分表.xlsx", Map.of());
        FileReport r = ingestOne(file);
        assertEquals(FileReport.Outcome.ACCEPTED, r.outcome());
        assertEquals("S01", r.identity().unitCode());
    }

    @Test
    void signedByAnotherWorkspacesKey() throws Exception {
        ReturnFixture other = new ReturnFixture(dir.resolve("other"));
        Path file = fx.workspace.returnedDir().resolve("foreign.xlsx");
        ReturnFixture.fill(other.generate("S01", FormKind.SCORE), file, score, answers);
        assertRejected(ingestOne(file), null, "签名核验不通过", "另一密钥");
    }

    @Test
    void unknownUnit() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        setIdentity(file, "unit", "S99");
        assertRejected(ingestOne(file), null, "单位代码“S99”不在本方案的被考核单位名单中");
    }

    @Test
    void anotherPlanOrYear() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        setIdentity(file, "plan", "CY-2008-SB");
        setIdentity(file, "year", "2008");
        assertRejected(ingestOne(file), null, "属于另一个考核方案（方案代码 CY-2008-SB，2008 年度）");
    }

    @Test
    void notASpreadsheetNamedLikeOne() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("评分表.xlsx");
        Files.writeString(file, "%PDF-1.4\n1 0 obj\n", StandardCharsets.US_ASCII);
        assertRejected(ingestOne(file), null, "内容不是电子表格，而是PDF 文件");
    }

    @Test
    void otherFilesAreSkipped() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("说明.txt");
        Files.writeString(file, "附件已发送", StandardCharsets.UTF_8);
        FileReport r = ingestOne(file);
        assertEquals(FileReport.Outcome.SKIPPED, r.outcome());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(List.of(), ledger.history());
        }
    }

    @Test
    void truncatedFile() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertRejected(ingestOne(file), null, "文件已损坏或不完整");
    }

    @Test
    void emptyFile() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("a.xls");
        Files.write(file, new byte[0]);
        assertRejected(ingestOne(file), null, "文件是空的");
    }

    @Test
    void decompressionBomb() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("bomb.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 101; i++) {
                zip.write(zeros);
            }
        }
        Files.write(file, bytes.toByteArray());
        assertTrue(Files.size(file) < 1 << 20);
        assertRejected(ingestOne(file), null, "压缩炸弹");
    }

    @Test
    void entityDeclarationsAreRefusedBeforeParsing() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("xxe.xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types>&e;</Types>"
                    .getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.US_ASCII));
        }
        Files.write(file, bytes.toByteArray());
        assertRejected(ingestOne(file), null, "XML 文档类型定义");
    }

    @Test
    void everyProblemOfAFileIsListed() throws Exception {
        FileReport r = ingestOne(scoreSheet("a.xlsx", Map.of("EFF-01.score", 9.0, "EFF-02.score", "一分",
                "ENV-01.score", -2.0)));
        assertEquals(3, r.problems().size(), () -> all(r));
    }

    @Test
    void workspaceWithoutKeyCannotVerify() throws Exception {
        Workspace bare = new Workspace(dir.resolve("bare"));
        Path file = scoreSheet("a.xlsx", Map.of());
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Intake.ingest(bare, ReturnFixture.plan(), List.of(file)));
        assertTrue(e.getMessage().contains("缺少密钥文件"), e.getMessage());
    }

    @Test
    void passwordEncryptedWorkbook() throws Exception {
        Path plain = scoreSheet("plain.xlsx", Map.of());
        Path file = fx.workspace.returnedDir().resolve("加密.xlsx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("123456");
            try (var os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (var out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        assertRejected(ingestOne(file), null, "设置了打开密码");
    }

    @Test
    void macroEnabledWorkbook() throws Exception {
        Path plain = scoreSheet("plain.xlsx", Map.of());
        Path file = fx.workspace.returnedDir().resolve("宏.xlsm");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            out.write(new byte[] {1, 2, 3});
        }
        Files.delete(plain);
        assertRejected(ingestOne(file), null, "含有宏");
    }

    @Test
    void enormousTextInACellIsRejected() throws Exception {
        FileReport r = ingestOne(scoreSheet("a.xlsx", Map.of("EFF-01.note", "很长".repeat(300))));
        assertRejected(r, "I4", "共 600 个字，超过上限 500 个字");
    }

    @Test
    void contentFarOutsideTheFormIsIgnoredAndCheap() throws Exception {
        Path file = scoreSheet("a.xlsx", Map.of());
        ReturnFixture.edit(file, wb -> ReturnFixture.set(wb, "效能监察", 1_048_575, 16_383, "=cmd|' /C calc'!A0", null));
        FileReport r = ingestOne(file);
        assertEquals(FileReport.Outcome.ACCEPTED, r.outcome(), () -> all(r));
    }

    /**
     * A note whose shared-string index points outside the table (the streaming and the usermodel reader
     * both used to read it as empty, and the file was accepted without the note): refused, cell named,
     * still attributed to the unit whose file it claims to be.
     */
    @Test
    void sharedStringIndexOutsideTheTableRefusesTheFileNamingTheCell() throws Exception {
        Path good = scoreSheet("good.xlsx", Map.of());
        Path file = fx.workspace.returnedDir().resolve("damaged.xlsx");
        String part = ReturnFixture.sheetPart(good, "效能监察");
        ReturnFixture.rewriteParts(good, file, Map.of(part, xml -> {
            String i5 = ReturnFixture.cellXml(xml, "I5");
            return xml.replace(i5, i5.replaceFirst("<v>\\d+</v>", "<v>999999</v>"));
        }));
        Files.delete(good);
        FileReport r = ingestOne(file);
        assertRejected(r, "I5", "工作表“效能监察”单元格 I5", "共享文字序号“999999”在文件的文字表中不存在", "另存为新的 .xlsx");
        assertEquals("S01", r.identity().unitCode());
        assertLedgerHasNoSubmission();
    }

    @Test
    void blankFormSentBackIsOneProblemNotSixty() throws Exception {
        Path file = fx.workspace.returnedDir().resolve("空白.xlsx");
        Files.copy(fx.generate("S01", FormKind.SCORE), file);
        FileReport r = ingestOne(file);
        assertRejected(r, null, "填写栏全部为空");
        assertEquals(1, r.problems().size());
    }
}
