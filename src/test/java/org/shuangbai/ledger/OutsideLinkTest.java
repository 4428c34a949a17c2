package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.ledger.RejectionTest.all;
import static org.shuangbai.ledger.RejectionTest.assertRejected;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.intake.Soffice;

/**
 * Hyperlinks and references to other files, in input cells, locked cells or anywhere else: the file is
 * refused with the cell named, and nothing the link points to is recorded (intake never evaluates or
 * follows anything).
 */
class OutsideLinkTest {
    @TempDir
    Path dir;
    ReturnFixture fx;
    FormLayout score;
    Path secret;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        score = fx.layout("S01", FormKind.SCORE);
        secret = dir.resolve("secret.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(secret)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(3.0);
            wb.write(out);
        }
    }

    Path filled(String name) throws Exception {
        Path out = fx.workspace.returnedDir().resolve(name);
        ReturnFixture.fill(fx.generate("S01", FormKind.SCORE), out, score, ReturnFixture.answers(score, 0));
        return out;
    }

    FileReport ingest(Path file) throws Exception {
        return Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(file)).files().get(0);
    }

    void assertNothingRecorded() {
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(List.of(), ledger.currentValues());
        }
    }

    static void link(Cell cell, HyperlinkType type, String address) {
        Hyperlink h = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(type);
        h.setAddress(address);
        cell.setHyperlink(h);
    }

    static Cell cellOf(org.apache.poi.ss.usermodel.Workbook wb, CellSpec spec) {
        var row = wb.getSheet(spec.sheet()).getRow(spec.row());
        return row.getCell(spec.column()) == null ? row.createCell(spec.column()) : row.getCell(spec.column());
    }

    @Test
    void hyperlinkOnAnInputCell() throws Exception {
        Path file = filled("a.xlsx");
        CellSpec note = score.field("EFF-01.note").orElseThrow();
        ReturnFixture.edit(file, wb -> link(cellOf(wb, note), HyperlinkType.FILE, secret.toUri().toString()));
        FileReport r = ingest(file);
        assertRejected(r, "I4", "工作表“效能监察”单元格 I4", "含有指向本工作簿以外的超链接（file:", "取消超链接");
        assertNothingRecorded();
    }

    @Test
    void hyperlinkOnALockedCell() throws Exception {
        Path file = filled("a.xlsx");
        CellSpec label = score.labels().filter(c -> c.sheet().equals("效能监察") && c.row() == 3).findFirst().orElseThrow();
        ReturnFixture.edit(file, wb -> link(cellOf(wb, label), HyperlinkType.URL, "http://example.invalid/x"));
        assertRejected(ingest(file), label.ref(), "超链接（http://example.invalid/x）");
        assertNothingRecorded();
    }

    @Test
    void formulaReferringToAnotherWorkbookInAnInputCell() throws Exception {
        Path file = filled("a.xlsx");
        CellSpec cell = score.field("EFF-01.score").orElseThrow();
        ReturnFixture.edit(file, wb -> {
            try (XSSFWorkbook other = new XSSFWorkbook(Files.newInputStream(secret))) {
                ((XSSFWorkbook) wb).linkExternalWorkbook(secret.toUri().toString(), other);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Cell c = cellOf(wb, cell);
            c.setCellFormula("[1]Sheet1!A1");
        });
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("xl/externalLinks/")), "the corpus file has an external link part");
        }
        FileReport r = ingest(file);
        assertRejected(r, "H4", "内容为“=[1]Sheet1!A1”", "公式引用了本工作簿以外的文件", "断开链接");
        assertNothingRecorded();
    }

    @Test
    void externalFormulaInALockedCellWhoseCachedValueLooksRight() throws Exception {
        Path file = filled("a.xlsx");
        CellSpec max = score.labels().filter(c -> c.sheet().equals("效能监察") && c.row() == 3 && "3".equals(c.text()))
                .findFirst().orElseThrow();
        ReturnFixture.edit(file, wb -> {
            try (XSSFWorkbook other = new XSSFWorkbook(Files.newInputStream(secret))) {
                ((XSSFWorkbook) wb).linkExternalWorkbook(secret.toUri().toString(), other);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Cell c = cellOf(wb, max);
            c.setCellFormula("[1]Sheet1!A1");
            c.setCellValue(3.0);   // the cached result equals the distributed text
        });
        FileReport r = ingest(file);
        assertRejected(r, max.ref(), "公式引用了本工作簿以外的文件");
        assertRejected(r, max.ref(), "锁定单元格被改成了公式", "下发时应为“3”");
        assertNothingRecorded();
    }

    @Test
    void linkFormulaFarAwayFromTheForm() throws Exception {
        Path file = filled("a.xlsx");
        ReturnFixture.edit(file, wb -> ReturnFixture.set(wb, "效能监察", 199, 25,
                new ReturnFixture.Formula("HYPERLINK(\"http://example.invalid\",\"点此\")"), null));
        assertRejected(ingest(file), "Z200", "公式引用了本工作簿以外的文件、网址或程序");
        assertNothingRecorded();
    }

    @Test
    void externalLinkPartWithoutAnyFormula() throws Exception {
        Path file = filled("a.xlsx");
        ReturnFixture.edit(file, wb -> {
            try (XSSFWorkbook other = new XSSFWorkbook(Files.newInputStream(secret))) {
                ((XSSFWorkbook) wb).linkExternalWorkbook(secret.toUri().toString(), other);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertRejected(ingest(file), null, "工作簿含有指向其他文件的外部链接（file:");
        assertNothingRecorded();
    }

    /** One link put into a genuine return re-saved as .ods, and where the refusal must point. */
    record OdsLink(String name, UnaryOperator<String> contentXml, String cell, String phrase) {
    }

    @Test
    void openDocumentLinksAreRefusedNamingTheirSheetAndCell() throws Exception {
        Path xlsx = filled("a.xlsx");
        Path ods = Soffice.convert(List.of(xlsx), "ods", dir.resolve("ods")).get(0);
        Files.delete(xlsx);
        String note = "<text:p>示例内容：EFF-01.note</text:p>"; // I4
        List<OdsLink> links = List.of(
                new OdsLink("a hyperlink in a note", xml -> xml.replace(note, "<text:p><text:a xlink:type=\"simple\" "
                        + "xlink:href=\"file:///etc/passwd\">示例内容：EFF-01.note</text:a></text:p>"), "I4",
                        "含有指向本工作簿以外的超链接（file:///etc/passwd）"),
                new OdsLink("a formula reading another file", xml -> {
                    String cell = ReturnFixture.odsCellXml(xml, "示例内容：EFF-01.note");
                    return xml.replace(cell, "<table:table-cell table:formula=\"of:=['file:///etc/passwd'#$Sheet1.A1]\" "
                            + "office:value-type=\"float\" office:value=\"3\"><text:p>3</text:p></table:table-cell>");
                }, "I4", "公式引用了本工作簿以外的文件"),
                new OdsLink("a sheet linked to another file", xml -> xml.replaceFirst(
                        "(<table:table table:name=\"效能监察\"[^>]*>)", "$1<table:table-source xlink:type=\"simple\" "
                                + "xlink:href=\"file:///etc/passwd\" table:table-name=\"Sheet1\"/>"), null,
                        "外部链接（file:///etc/passwd）"));
        for (OdsLink link : links) {
            Path file = fx.workspace.returnedDir().resolve(link.name() + ".ods");
            ReturnFixture.rewriteParts(ods, file, Map.of("content.xml", link.contentXml()));
            FileReport r = ingest(file);
            assertRejected(r, link.cell(), "工作表“效能监察”", link.phrase());
        }
        assertNothingRecorded();
    }

    @Test
    void plainFilledFormStillAccepted() throws Exception {
        FileReport r = ingest(filled("a.xlsx"));
        assertEquals(FileReport.Outcome.ACCEPTED, r.outcome(), () -> all(r));
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(Map.of("EFF-01.score", "2.4"), Map.of("EFF-01.score", ledger.currentValues().stream()
                    .filter(v -> v.field().text().equals("EFF-01.score")).findFirst().orElseThrow().value()));
        }
    }
}
