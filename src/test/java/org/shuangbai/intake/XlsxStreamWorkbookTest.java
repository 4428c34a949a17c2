package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    // ── cells that cannot be resolved exactly: both readers refuse the file and name the cell ──

    private static final String SHEET = "效能监察";

    @TempDir
    static Path shared;
    static ReturnFixture fx;
    static Path genuine;
    static Map<String, String> answered;

    @BeforeAll
    static void genuineReturn() throws Exception {
        fx = new ReturnFixture(shared.resolve("ws"));
        genuine = shared.resolve("genuine.xlsx");
        answered = fx.filledScoreSheet("S01", genuine);
    }

    /**
     * One kind of damage to the XML of the genuine, correctly signed return, and the problem it must
     * raise: in {@code sheet} (null: the whole file) at {@code cell} (null: no single cell can be named),
     * with {@code phrase} in its description.
     */
    record Damage(String name, String part, UnaryOperator<String> edit, String cell, String phrase) {
        @Override
        public String toString() {
            return name;
        }
    }

    static UnaryOperator<String> cell(String ref, UnaryOperator<String> change) {
        return xml -> {
            String c = ReturnFixture.cellXml(xml, ref);
            return xml.replace(c, change.apply(c));
        };
    }

    static UnaryOperator<String> row(int row, UnaryOperator<String> change) {
        return xml -> {
            String r = ReturnFixture.rowXml(xml, row);
            return xml.replace(r, change.apply(r));
        };
    }

    static String withValue(String cellXml, String value) {
        return cellXml.replaceFirst("<v>[^<]*</v>", "<v>" + value + "</v>");
    }

    static List<Damage> unreadable() {
        return List.of(
                new Damage("shared string index far outside the table", SHEET,
                        cell("I5", c -> withValue(c, "999999")), "I5", "共享文字序号“999999”"),
                new Damage("negative shared string index", SHEET, cell("I5", c -> withValue(c, "-1")), "I5",
                        "共享文字序号“-1”"),
                new Damage("shared string cell without an index", SHEET,
                        cell("I5", c -> "<c r=\"I5\" s=\"9\" t=\"s\"/>"), "I5", "没有注明是第几条文字"),
                new Damage("shared string item of two texts", "xl/sharedStrings.xml", null, "I5", "结构异常"),
                new Damage("unknown cell type", SHEET, cell("I5", c -> c.replace("t=\"s\"", "t=\"x\"")), "I5",
                        "单元格类型“x”"),
                new Damage("ISO 8601 date cell", SHEET,
                        cell("G5", c -> "<c r=\"G5\" s=\"10\" t=\"d\"><v>2009-12-20</v></c>"), "G5", "单元格类型“d”"),
                new Damage("style index that does not exist on a number", SHEET,
                        cell("G5", c -> c.replaceFirst("s=\"\\d+\"", "s=\"9999\"")), "G5", "格式序号“9999”"),
                new Damage("NaN", SHEET, cell("G5", c -> withValue(c, "NaN")), "G5", "数值“NaN”"),
                new Damage("a number beyond double range", SHEET, cell("G5", c -> withValue(c, "1E999")), "G5",
                        "数值“1E999”"),
                new Damage("a hexadecimal number", SHEET, cell("G5", c -> withValue(c, "0x1p3")), "G5",
                        "数值“0x1p3”"),
                new Damage("an empty number", SHEET, cell("G5", c -> withValue(c, "")), "G5", "数值“”"),
                new Damage("a boolean neither 0 nor 1", SHEET,
                        cell("I5", c -> "<c r=\"I5\" t=\"b\"><v>true</v></c>"), "I5", "逻辑值“true”"),
                new Damage("an unknown error value", SHEET,
                        cell("I5", c -> "<c r=\"I5\" t=\"e\"><v>#WHAT?</v></c>"), "I5", "错误值“#WHAT?”"),
                new Damage("two values in one cell", SHEET, cell("G5", c -> c.replace("</v>", "</v><v>3</v>")), "G5",
                        "两个值"),
                new Damage("a malformed cell reference", SHEET, cell("G5", c -> c.replace("r=\"G5\"", "r=\"5G\"")),
                        null, "位置“5G”写法不正确"),
                new Damage("a cell beyond the last column", SHEET,
                        row(5, r -> r.replace("</row>", "<c r=\"XFE5\"><v>1</v></c></row>")), null, "“XFE5”超出工作表范围"),
                new Damage("a row beyond the last row", SHEET, xml -> xml.replace("</sheetData>",
                        "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row></sheetData>"), null,
                        "行号“1048577”"),
                new Damage("a cell placed in another row", SHEET, cell("G5", c -> c.replace("r=\"G5\"", "r=\"G7\"")),
                        null, "位置写的是“G7”，却位于第 5 行"),
                new Damage("the same cell twice", SHEET, cell("I5", c -> c
                        + "<c r=\"I5\" t=\"inlineStr\"><is><t>另一个说明</t></is></c>"), "I5", "出现了两次"),
                new Damage("the same row twice", SHEET, row(5, r -> r + r.replaceAll("<c r=\"[A-Z]+5\"[^>]*/>", "")
                        .replace("<v>0.8</v>", "<v>0.5</v>")), null, "第 5 行在工作表中出现了两次"),
                new Damage("rows out of order, then a row without its number", SHEET, xml -> {
                    String five = ReturnFixture.rowXml(xml, 5);
                    String six = ReturnFixture.rowXml(xml, 6);
                    String seven = ReturnFixture.rowXml(xml, 7);
                    String bare = seven.replace("<row r=\"7\"", "<row").replaceAll(" r=\"[A-Z]+7\"", "");
                    return xml.replace(five + six + seven, six + five + bare);
                }, null, "行的先后顺序颠倒"),
                new Damage("cells out of order, then a cell without its reference", SHEET, row(5, r -> {
                    String g = ReturnFixture.cellXml(r, "G5");
                    String h = ReturnFixture.cellXml(r, "H5");
                    String i = ReturnFixture.cellXml(r, "I5");
                    return r.replace(g + h + i, i + g + h.replace(" r=\"H5\"", ""));
                }), null, "单元格先后顺序颠倒"),
                new Damage("two sheets of one name", "xl/workbook.xml", xml -> xml.replace("name=\"优化发展环境\"",
                        "name=\"效能监察\""), null, "两张名为“效能监察”的工作表"),
                new Damage("a cell outside any row", SHEET,
                        xml -> xml.replace("<sheetData>", "<sheetData><c r=\"Z1\"><v>1</v></c>"), null, "不在任何行中"));
    }

    /** The damaged copy of the genuine return. */
    static Path damaged(Damage d, Path out) throws Exception {
        String part = d.part().contains("/") ? d.part() : ReturnFixture.sheetPart(genuine, d.part());
        UnaryOperator<String> edit = d.edit();
        if (edit == null) { // the shared string the note in I5 refers to, made of two texts
            String i5 = ReturnFixture.cellXml(sheetXml(genuine, SHEET), "I5");
            int index = Integer.parseInt(i5.replaceFirst(".*<v>(\\d+)</v>.*", "$1"));
            edit = xml -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<si>.*?</si>",
                        java.util.regex.Pattern.DOTALL).matcher(xml);
                for (int k = 0; k <= index; k++) {
                    assertTrue(m.find());
                }
                return xml.substring(0, m.start()) + "<si><t>甲</t><t>乙</t></si>" + xml.substring(m.end());
            };
        }
        ReturnFixture.rewriteParts(genuine, out, Map.of(part, edit));
        return out;
    }

    static String sheetXml(Path xlsx, String sheet) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(ReturnFixture.sheetPart(xlsx, sheet))).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    static Path forUsermodel(Path file) throws Exception {
        return ReturnFixture.forUsermodel(file);
    }

    static CheckedFile check(Path file) throws Exception {
        return fx.check(file);
    }

    static String all(CheckedFile c) {
        return ReturnFixture.describe(c);
    }

    static void assertRefusedNaming(CheckedFile c, String sheet, String cell, String phrase) {
        assertEquals(Verdict.REJECTED, c.verdict(), () -> all(c));
        assertTrue(c.problems().stream().anyMatch(p -> java.util.Objects.equals(sheet, p.sheet())
                && java.util.Objects.equals(cell, p.cell()) && p.describe().contains(phrase)),
                () -> "no problem at " + sheet + " " + cell + " with “" + phrase + "” in " + all(c));
    }

    static Map<String, String> values(CheckedFile c) {
        return ReturnFixture.values(c);
    }

    static List<Damage> unreadableDamages() {
        return unreadable();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableDamages")
    void bothReadersRefuseACellTheyCannotResolveAndNameIt(Damage d) throws Exception {
        Path file = damaged(d, dir.resolve("damaged.xlsx"));
        String sheet = d.part().contains("/") ? SHEET : d.part();
        assertRefusedNaming(check(file), sheet, d.cell(), d.phrase());
        assertRefusedNaming(check(forUsermodel(file)), sheet, d.cell(), d.phrase());
        // side by side on the same file: the same list, cell for cell
        XlsxStreamWorkbook streamed = XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT);
        assertNotNull(streamed);
        assertEquals(streamed.unreadableCells(), usermodelUnreadable(file));
        // and read straight from the zip after a genuine return of the same shape
        XlsxPackageShapes shapes = new XlsxPackageShapes();
        assertNotNull(XlsxStreamWorkbook.open(genuine, IntakeLimits.DEFAULT, shapes));
        try (XlsxPackageShapes.Zip zip = shapes.zip(file)) {
            // damage to cells leaves the package's shape alone; the workbook part belongs to it
            assertEquals(!d.part().equals("xl/workbook.xml"), zip.match() != null);
        }
        XlsxStreamWorkbook learned = XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT, shapes);
        assertNotNull(learned);
        assertEquals(streamed.unreadableCells(), learned.unreadableCells());
    }

    /** What the usermodel reader refuses in a file: listed by the open workbook, or by the refusal to open it. */
    static List<Problem> usermodelUnreadable(Path file) {
        try (ReturnedWorkbook usermodel = PoiWorkbook.open(file, SpreadsheetType.XLSX, IntakeLimits.DEFAULT)) {
            return usermodel.unreadableCells();
        } catch (FileRejection e) {
            return e.problems();
        }
    }

    static List<Damage> harmless() {
        return List.of(
                new Damage("rows out of order, every row numbered", SHEET, xml -> {
                    String five = ReturnFixture.rowXml(xml, 5);
                    String six = ReturnFixture.rowXml(xml, 6);
                    return xml.replace(five + six, six + five);
                }, null, null),
                new Damage("cells out of order, every cell referenced", SHEET, row(5, r -> {
                    String g = ReturnFixture.cellXml(r, "G5");
                    String i = ReturnFixture.cellXml(r, "I5");
                    return r.replace(g, "").replace(i, i + g);
                }), null, null),
                new Damage("rows and cells without references, in order", SHEET, xml -> row(5, r -> r
                        .replace("<row r=\"5\"", "<row").replaceAll(" r=\"[A-Z]+5\"", ""))
                        .apply(row(6, r -> r.replaceAll(" r=\"[A-Z]+6\"", "")).apply(xml)), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmless")
    void orderThatLeavesNoDoubtIsReadExactlyByBothReaders(Damage d) throws Exception {
        Path file = damaged(d, dir.resolve("reordered.xlsx"));
        for (Path f : List.of(file, forUsermodel(file))) {
            CheckedFile c = check(f);
            assertEquals(Verdict.ACCEPTED, c.verdict(), () -> all(c));
            assertEquals(answered, values(c));
        }
    }

    // ── the .ods reader: the same kinds of damage, where OpenDocument has them ──

    private static final String NOTE_I5 = "示例内容：EFF-02.note";
    private static Path genuineOds;

    /** The genuine return re-saved by LibreOffice as .ods (converted once, on first use). */
    static synchronized Path genuineOds() throws Exception {
        if (genuineOds == null) {
            genuineOds = Soffice.convert(List.of(genuine), "ods", shared.resolve("ods")).get(0);
        }
        return genuineOds;
    }

    /** Damage to the .ods cell holding the note of I5 (the whole table-cell element is given and replaced). */
    record OdsDamage(String name, UnaryOperator<String> noteCell, String cell, String phrase) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String odsCell(String attributes, String shown) {
        return "<table:table-cell " + attributes + "><text:p>" + shown + "</text:p></table:table-cell>";
    }

    static List<OdsDamage> odsUnreadable() {
        return List.of(
                new OdsDamage("unknown value type", c -> odsCell("office:value-type=\"x-weird\" office:value=\"8\"", "8"),
                        "I5", "单元格类型“x-weird”"),
                new OdsDamage("NaN", c -> odsCell("office:value-type=\"float\" office:value=\"NaN\"", "8"), "I5",
                        "数值“NaN”"),
                new OdsDamage("a number beyond double range", c -> odsCell("office:value-type=\"float\" office:value=\"1E999\"",
                        "8"), "I5", "数值“1E999”"),
                new OdsDamage("a decimal comma", c -> odsCell("office:value-type=\"float\" office:value=\"0,8\"", "8"), "I5",
                        "数值“0,8”"),
                new OdsDamage("a number without its value", c -> odsCell("office:value-type=\"float\"", "8"), "I5",
                        "没有值"),
                new OdsDamage("a percentage without its value", c -> odsCell("office:value-type=\"percentage\"", "8%"), "I5",
                        "没有值"),
                new OdsDamage("an impossible date", c -> odsCell("office:value-type=\"date\" office:date-value=\"2009-02-30\"",
                        "2009-12-20"), "I5", "日期值“2009-02-30”"),
                new OdsDamage("a boolean neither true nor false", c -> odsCell(
                        "office:value-type=\"boolean\" office:boolean-value=\"yes\"", "TRUE"), "I5", "逻辑值“yes”"),
                new OdsDamage("a malformed time", c -> odsCell("office:value-type=\"time\" office:time-value=\"PT25X\"",
                        "25:00"), "I5", "时间值“PT25X”"),
                new OdsDamage("content pushed beyond the last column", c -> "<table:table-cell "
                        + "table:number-columns-repeated=\"20000\"/>" + c, null, "超出工作表范围"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("odsUnreadable")
    void theOpenDocumentReaderRefusesACellItCannotResolveAndNamesIt(OdsDamage d) throws Exception {
        Path file = dir.resolve("damaged.ods");
        ReturnFixture.rewriteParts(genuineOds(), file, Map.of("content.xml", xml -> {
            String c = ReturnFixture.odsCellXml(xml, NOTE_I5);
            return xml.replace(c, d.noteCell().apply(c));
        }));
        assertRefusedNaming(check(file), SHEET, d.cell(), d.phrase());
    }

    @Test
    void theGenuineReturnResavedAsOpenDocumentIsReadExactly() throws Exception {
        CheckedFile c = check(genuineOds());
        assertEquals(Verdict.ACCEPTED, c.verdict(), () -> all(c));
        assertEquals(answered, values(c));
    }

    @Test
    void generatedAndFilledFormsReadTheSameAsTheUsermodel() throws Exception {
        ReturnFixture fx = new ReturnFixture(dir.resolve("ws"));
        for (FormKind kind : FormKind.unitForms()) {
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
        List<Path> filled = new ReturnFixture(dir.resolve("ws")).filledForms("D02", 2, dir.resolve("filled"));
        for (Path resaved : Soffice.convert(filled, "xlsx", dir.resolve("resaved"))) {
            assertSameAsUsermodel(resaved);
        }
    }

    /**
     * The .ods reader reads genuine returns re-saved by LibreOffice as the SODS library does (which
     * intake used before it needed cell positions and strict values), cell by cell.
     */
    @Test
    void formsResavedAsOpenDocumentReadTheSameAsALibraryDoes() throws Exception {
        List<Path> filled = new ReturnFixture(dir.resolve("ws")).filledForms("S07", 3, dir.resolve("filled"));
        for (Path ods : Soffice.convert(filled, "ods", dir.resolve("ods"))) {
            com.github.miachm.sods.SpreadSheet library = new com.github.miachm.sods.SpreadSheet(ods.toFile());
            int compared = 0;
            try (ReturnedWorkbook ours = OdsWorkbook.open(ods, IntakeLimits.DEFAULT)) {
                assertEquals(library.getSheets().stream().map(com.github.miachm.sods.Sheet::getName).toList(),
                        ours.sheetNames());
                assertEquals(List.of(), ours.unreadableCells());
                assertEquals(List.of(), ours.outsideLinks());
                for (com.github.miachm.sods.Sheet sheet : library.getSheets()) {
                    for (int r = 0; r < Math.min(sheet.getMaxRows(), 200); r++) {
                        for (int c = 0; c < Math.min(sheet.getMaxColumns(), 30); c++) {
                            CellContent mine = ours.cell(sheet.getName(), r, c);
                            com.github.miachm.sods.Range range = sheet.getRange(r, c);
                            if (range.isPartOfMerge() && !isFirstOfMerge(range, r, c)) {
                                // the library copies a merged area's value into its covered cells, which hold
                                // nothing in the file (nor in the .xlsx it came from)
                                assertEquals(CellContent.BLANK, mine, ods + " " + sheet.getName() + " " + r + "," + c);
                                continue;
                            }
                            Object theirs = range.getValue();
                            String where = ods.getFileName() + " " + sheet.getName() + " " + r + "," + c;
                            String formula = sheet.getRange(r, c).getFormula();
                            assertEquals(formula != null && !formula.isEmpty(), mine.isFormula(), where);
                            if (theirs == null) {
                                assertTrue(mine.type() == CellContent.Type.BLANK
                                        || mine.type() == CellContent.Type.TEXT && mine.text().isEmpty(), where);
                            } else if (theirs instanceof Number n) {
                                assertEquals(BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString(),
                                        mine.text(), where);
                            } else if (theirs instanceof java.time.LocalDate || theirs instanceof java.time.LocalDateTime) {
                                assertEquals(theirs.toString().substring(0, 10), String.valueOf(mine.date()), where);
                            } else {
                                assertEquals(theirs.toString(), mine.text(), where);
                            }
                            compared++;
                        }
                    }
                }
            }
            assertTrue(compared > 100, ods + ": " + compared);
        }
    }

    private static boolean isFirstOfMerge(com.github.miachm.sods.Range range, int r, int c) {
        for (com.github.miachm.sods.Range m : range.getMergedCells()) {
            if (m.getRow() == r && m.getColumn() == c) {
                return true;
            }
        }
        return false;
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
        ReturnFixture.rewriteParts(plain, shared, Map.of("xl/worksheets/sheet1.xml", xml -> xml
                .replace("<f>A1+1</f>", "<f t=\"shared\" ref=\"B1:B3\" si=\"0\">A1+1</f>")
                .replace("<f>A2+1</f>", "<f t=\"shared\" si=\"0\"/>")
                .replace("<f>A3+1</f>", "<f t=\"shared\" si=\"0\"/>")));
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

    /**
     * Compares everything the checker reads, read through POI's package reader and again straight from
     * the zip once its shape is learned; returns the streamed workbook for further checks.
     */
    private static ReturnedWorkbook assertSameAsUsermodel(Path file) throws Exception {
        XlsxPackageShapes shapes = new XlsxPackageShapes();
        assertNotNull(XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT, shapes), () -> file + " fell back to the usermodel");
        try (XlsxPackageShapes.Zip zip = shapes.zip(file)) {
            assertNotNull(zip.match(), () -> file + " was not learned");
        }
        assertSameAsUsermodel(file, XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT, shapes));
        return assertSameAsUsermodel(file, XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT));
    }

    private static ReturnedWorkbook assertSameAsUsermodel(Path file, XlsxStreamWorkbook streamed) throws Exception {
        assertNotNull(streamed, () -> file + " fell back to the usermodel");
        try (ReturnedWorkbook usermodel = PoiWorkbook.open(file, SpreadsheetType.XLSX, IntakeLimits.DEFAULT);
             XSSFWorkbook raw = new XSSFWorkbook(file.toFile())) {
            assertEquals(usermodel.sheetNames(), streamed.sheetNames(), file.toString());
            assertEquals(usermodel.customProperties(), streamed.customProperties(), file.toString());
            assertEquals(usermodel.outsideLinks(), streamed.outsideLinks(), file.toString());
            assertEquals(usermodel.date1904(), streamed.date1904(), file.toString());
            assertEquals(List.of(), streamed.unreadableCells(), file.toString());
            assertEquals(List.of(), usermodel.unreadableCells(), file.toString());
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
}
