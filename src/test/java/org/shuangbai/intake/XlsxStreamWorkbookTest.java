package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;

/**
 * The streaming reader gives exactly what POI's usermodel gives, cell by cell, for the forms as
 * generated, as filled, as re-saved by LibreOffice and for hand-made odd workbooks; what it cannot
 * read exactly it leaves to the usermodel.
 */
class XlsxStreamWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void generatedAndFilledFormsReadTheSameAsTheUsermodel() throws Exception {
        ReturnFixture fx = new ReturnFixture(dir.resolve("ws"));
        for (FormKind kind : FormKind.values()) {
            Path blank = fx.generate("S03", kind);
            FormLayout layout = fx.layout("S03", kind);
            Map<String, Object> answers = new java.util.LinkedHashMap<>(ReturnFixture.answers(layout, 3));
            Path filled = dir.resolve("filled-" + kind.option() + ".xlsx");
            ReturnFixture.fill(blank, filled, layout, answers);
            assertSameAsUsermodel(blank);
            assertSameAsUsermodel(filled);
        }
    }

    @Test
    void formsResavedByLibreOfficeReadTheSameAsTheUsermodel() throws Exception {
        ReturnFixture fx = new ReturnFixture(dir.resolve("ws"));
        List<Path> filled = new ArrayList<>();
        for (FormKind kind : FormKind.values()) {
            FormLayout layout = fx.layout("D02", kind);
            Path f = dir.resolve("filled").resolve(kind.option() + ".xlsx");
            ReturnFixture.fill(fx.generate("D02", kind), f, layout, ReturnFixture.answers(layout, 2));
            filled.add(f);
        }
        for (Path resaved : Soffice.convert(filled, "xlsx", dir.resolve("resaved"))) {
            assertSameAsUsermodel(resaved);
        }
    }

    @Test
    void oddCellsLinksAndPropertiesReadTheSameAsTheUsermodel() throws Exception {
        Path file = dir.resolve("odd.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSX);
            Sheet s = wb.createSheet("表一");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = s.createRow(0);
            r.createCell(0).setCellValue("正文_x000D_换行");
            r.createCell(1).setCellValue(8.5);
            Cell d = r.createCell(2);
            d.setCellValue(LocalDate.of(2009, 12, 20));
            d.setCellStyle(date);
            r.createCell(3).setCellValue(true);
            r.createCell(4).setCellErrorValue(FormulaError.DIV0.getCode());
            r.createCell(5).setCellFormula("B1*2");
            r.createCell(6).setCellFormula("[1]Sheet1!A1");
            r.createCell(7).setCellFormula("HYPERLINK(\"http://example.com\",\"x\")");
            r.createCell(8).setBlank();
            Row far = s.createRow(40);
            far.createCell(30).setCellValue(-0.000123);
            Cell link = far.createCell(2);
            link.setCellValue("链接");
            Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            h.setAddress("http://example.com/a?b=c");
            link.setHyperlink(h);
            Cell file2 = far.createCell(3);
            Hyperlink hf = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
            hf.setAddress("other.xlsx");
            file2.setHyperlink(hf);
            Cell inside = far.createCell(4);
            Hyperlink hd = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            hd.setAddress("'表一'!A1");
            inside.setHyperlink(hd);
            wb.createSheet("隐藏");
            wb.setSheetHidden(1, true);
            wb.getSheet("隐藏").createRow(2).createCell(1).setCellValue("身份");
            var custom = wb.getProperties().getCustomProperties();
            custom.addProperty("shuangbai.unit", "S01");
            custom.addProperty("count", 7);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReturnedWorkbook streamed = assertSameAsUsermodel(file);
        assertEquals(4, streamed.outsideLinks().size(), streamed.outsideLinks().toString());
        assertEquals("S01", streamed.customProperties().get("shuangbai.unit"));
    }

    @Test
    void inlineStringsFromTheStreamingWriterAndThe1904DateSystem() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 10, false, false)) {
            var ct = wb.getXSSFWorkbook().getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            Sheet s = wb.createSheet("s");
            for (int i = 0; i < 30; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("行" + i + " _x0009_ tab");
                r.createCell(1).setCellValue(i * 1.25);
                r.createCell(2).setCellFormula("B" + (i + 1) + "+1");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReturnedWorkbook streamed = assertSameAsUsermodel(file);
        assertTrue(streamed.date1904());
    }

    @Test
    void sharedFormulasAreLeftToTheUsermodel() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            for (int i = 0; i < 3; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellFormula("A" + (i + 1) + "+1");
            }
            try (OutputStream out = Files.newOutputStream(plain)) {
                wb.write(out);
            }
        }
        assertNotNull(XlsxStreamWorkbook.open(plain, IntakeLimits.DEFAULT));
        Path shared = dir.resolve("shared.xlsx");
        rewriteEntry(plain, shared, "xl/worksheets/sheet1.xml", xml -> xml
                .replace("<f>A1+1</f>", "<f t=\"shared\" ref=\"B1:B3\" si=\"0\">A1+1</f>")
                .replace("<f>A2+1</f>", "<f t=\"shared\" si=\"0\"/>")
                .replace("<f>A3+1</f>", "<f t=\"shared\" si=\"0\"/>"));
        assertNull(XlsxStreamWorkbook.open(shared, IntakeLimits.DEFAULT));
        try (ReturnedWorkbook usermodel = PoiWorkbook.open(shared, SpreadsheetType.XLSX, IntakeLimits.DEFAULT)) {
            assertEquals("A3+1", usermodel.cell("s", 2, 1).formula());
        }
    }

    @Test
    void aCorruptPackageIsLeftToTheUsermodelToReject() throws Exception {
        Path bad = dir.resolve("bad.xlsx");
        Files.write(bad, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertNull(XlsxStreamWorkbook.open(bad, IntakeLimits.DEFAULT));
    }

    /** Compares everything the checker reads; returns the streamed workbook for further checks. */
    private static ReturnedWorkbook assertSameAsUsermodel(Path file) throws Exception {
        XlsxStreamWorkbook streamed = XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT);
        assertNotNull(streamed, () -> file + " fell back to the usermodel");
        try (ReturnedWorkbook usermodel = PoiWorkbook.open(file, SpreadsheetType.XLSX, IntakeLimits.DEFAULT);
             XSSFWorkbook raw = new XSSFWorkbook(file.toFile())) {
            assertEquals(usermodel.sheetNames(), streamed.sheetNames(), file.toString());
            assertEquals(usermodel.customProperties(), streamed.customProperties(), file.toString());
            assertEquals(usermodel.outsideLinks(), streamed.outsideLinks(), file.toString());
            assertEquals(usermodel.date1904(), streamed.date1904(), file.toString());
            int compared = 0;
            for (String name : usermodel.sheetNames()) {
                Sheet sheet = raw.getSheet(name);
                int lastColumn = 0;
                for (Row row : sheet) {
                    lastColumn = Math.max(lastColumn, row.getLastCellNum());
                }
                for (int r = 0; r <= sheet.getLastRowNum() + 1; r++) {
                    for (int c = 0; c <= lastColumn + 1; c++) {
                        assertEquals(usermodel.cell(name, r, c), streamed.cell(name, r, c),
                                file.getFileName() + " " + name + " row " + r + " column " + c);
                        compared++;
                    }
                }
            }
            assertEquals(CellContent.BLANK, streamed.cell("没有这个表", 0, 0));
            assertTrue(compared > 0);
        }
        return streamed;
    }

    private static void rewriteEntry(Path in, Path out, String entry,
                                     java.util.function.UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
             ZipOutputStream zout = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                byte[] data = zin.readAllBytes();
                if (e.getName().equals(entry)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    String changed = change.apply(xml);
                    assertTrue(!changed.equals(xml), "the test's edit must apply to " + entry + ": " + xml);
                    data = changed.getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        Files.write(out, bytes.toByteArray());
    }
}
