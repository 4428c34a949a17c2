package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class WorkbookGeneratorTest {
    private final Plan plan = PlanFixture.plan();
    private final WorkspaceKey key = PlanFixture.key(1);
    private final FormSigner signer = new FormSigner(key);
    private final WorkbookGenerator generator = PlanFixture.generator(key);
    private final AssessedUnit unit = plan.unit("D05").orElseThrow();

    @TempDir
    Path dir;

    private Path generate(FormKind kind) throws Exception {
        Path file = dir.resolve(kind.option() + ".xlsx");
        generator.write(FormLayouts.build(plan, unit, kind), file);
        return file;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(XSSFWorkbook wb, CellSpec spec) {
        return wb.getSheet(spec.sheet()).getRow(spec.row()).getCell(spec.column());
    }

    @Test
    void labelsAreLockedInputsUnlockedAndSheetsProtected() throws Exception {
        for (FormKind kind : FormKind.unitForms()) {
            FormLayout layout = FormLayouts.build(plan, unit, kind);
            try (XSSFWorkbook wb = open(generate(kind))) {
                for (String name : layout.sheets()) {
                    assertTrue(wb.getSheet(name).getProtect(), name + " protected");
                }
                assertTrue(wb.isStructureLocked());
                layout.labels().forEach(spec -> {
                    Cell c = cell(wb, spec);
                    assertTrue(c.getCellStyle().getLocked(), spec.ref());
                    assertEquals(spec.text(), LockedCell.normalize(c.getCellType() == CellType.NUMERIC
                            ? (Object) c.getNumericCellValue() : c.getStringCellValue()), spec.ref());
                });
                layout.inputs().forEach(spec -> {
                    Cell c = cell(wb, spec);
                    assertFalse(c.getCellStyle().getLocked(), spec.sheet() + "!" + spec.ref());
                    assertEquals(CellType.BLANK, c.getCellType());
                });
                layout.formulas().forEach(spec -> {
                    Cell c = cell(wb, spec);
                    assertEquals(CellType.FORMULA, c.getCellType());
                    assertEquals(spec.text(), c.getCellFormula());
                    assertTrue(c.getCellStyle().getLocked());
                });
            }
        }
    }

    @Test
    void everyInputHasValidationWithPromptAndScoreRangesEqualTheMaxScores() throws Exception {
        FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
        try (XSSFWorkbook wb = open(generate(FormKind.SCORE))) {
            layout.inputs().forEach(spec -> {
                DataValidation v = validationAt(wb.getSheet(spec.sheet()), spec);
                assertNotNull(v, "no validation at " + spec.key().text());
                assertTrue(v.getShowPromptBox() && v.getShowErrorBox(), spec.key().text());
                assertFalse(v.getPromptBoxText().isBlank());
                assertFalse(v.getErrorBoxText().isBlank());
                DataValidationConstraint c = v.getValidationConstraint();
                switch (spec.rule().kind()) {
                    case DECIMAL -> {
                        assertEquals(DataValidationConstraint.ValidationType.DECIMAL, c.getValidationType());
                        assertEquals("0", c.getFormula1());
                        String max = plan.indicator(((org.shuangbai.plan.FieldKey.IndicatorField) spec.key()).indicatorCode())
                                .orElseThrow().maxScore().stripTrailingZeros().toPlainString();
                        assertEquals(max, c.getFormula2(), spec.key().text());
                        assertTrue(v.getErrorBoxText().contains("0到" + max + "之间"), v.getErrorBoxText());
                    }
                    case YES_NO -> assertArrayEquals(new String[] {"是", "否"}, c.getExplicitListValues());
                    case CHOICE -> assertArrayEquals(plan.list(Plan.LIST_ASSESSORS).toArray(), c.getExplicitListValues());
                    case DATE -> {
                        assertEquals(DataValidationConstraint.ValidationType.DATE, c.getValidationType());
                        assertEquals("DATE(2008,1,1)", c.getFormula1());
                        assertEquals("DATE(2010,12,31)", c.getFormula2());
                    }
                    case TEXT -> assertEquals(DataValidationConstraint.ValidationType.TEXT_LENGTH, c.getValidationType());
                }
            });
        }
    }

    @Test
    void registrationSourceIsAListOfThePlansProjectSources() throws Exception {
        FormLayout layout = FormLayouts.build(plan, unit, FormKind.REGISTRATION);
        try (XSSFWorkbook wb = open(generate(FormKind.REGISTRATION))) {
            CellSpec source = layout.field("P30.source").orElseThrow();
            DataValidationConstraint c = validationAt(wb.getSheet(source.sheet()), source).getValidationConstraint();
            assertArrayEquals(plan.list(Plan.LIST_PROJECT_SOURCES).toArray(), c.getExplicitListValues());
            assertEquals(DataValidation.ErrorStyle.STOP, validationAt(wb.getSheet(source.sheet()), source).getErrorStyle());
        }
    }

    @Test
    void aListLongerThanExcelAllowsInlineGoesThroughTheHiddenListSheet() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add("第" + i + "检查组及其责任单位");
        }
        Map<String, List<String>> lists = new LinkedHashMap<>(plan.lists());
        lists.put(Plan.LIST_ASSESSORS, many);
        Plan longList = new Plan(plan.settings(), plan.systems(), plan.vetoes(), plan.units(), lists);
        FormLayout layout = FormLayouts.build(longList, unit, FormKind.SCORE);
        Path file = dir.resolve("long.xlsx");
        generator.write(layout, file);
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet lists2 = wb.getSheet(WorkbookGenerator.LISTS_SHEET);
            assertNotNull(lists2);
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(wb.getSheetIndex(lists2)));
            assertEquals("第40检查组及其责任单位", lists2.getRow(39).getCell(0).getStringCellValue());
            CellSpec spec = layout.field("assessor.unit").orElseThrow();
            DataValidationConstraint c = validationAt(wb.getSheet(spec.sheet()), spec).getValidationConstraint();
            assertEquals("'_lists'!$A$1:$A$40", c.getFormula1());
            // the short 是/否 list stays inline
            CellSpec veto = layout.field("V1.answer").orElseThrow();
            assertArrayEquals(new String[] {"是", "否"},
                    validationAt(wb.getSheet(veto.sheet()), veto).getValidationConstraint().getExplicitListValues());
        }
    }

    @Test
    void aRulesCellsAlongRowsBecomeOneRangePerColumn() {
        // a body's note columns: E and G on every row, rows 5 to 7, then a gap and row 9 in E only
        List<CellSpec> notes = new ArrayList<>();
        for (int[] rc : new int[][] {{4, 4}, {4, 6}, {5, 4}, {5, 6}, {6, 4}, {6, 6}, {8, 4}}) {
            notes.add(new CellSpec("S", rc[0], rc[1], CellRole.INPUT, FieldKey.of("N" + rc[0] + "_" + rc[1] + ".note"),
                    null, null, null, null));
        }
        assertEquals(List.of("E5:E7", "E9", "G5:G7"),
                java.util.Arrays.stream(WorkbookGenerator.ranges(notes).getCellRangeAddresses())
                        .map(CellRangeAddress::formatAsString).toList());
    }

    private static DataValidation validationAt(XSSFSheet sheet, CellSpec spec) {
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(spec.row(), spec.column())) {
                    return v;
                }
            }
        }
        return null;
    }

    @Test
    void formulasAddUpTheFilledScores() throws Exception {
        Path blank = generate(FormKind.SCORE);
        Path filled = dir.resolve("filled.xlsx");
        Map<String, String> values = org.shuangbai.plan.FieldTexts.texts(new SampleFiller(plan).fillSample(blank, filled));
        FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
        try (XSSFWorkbook wb = open(filled)) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (var system : plan.systems()) {
                BigDecimal systemTotal = BigDecimal.ZERO;
                for (var category : system.categories()) {
                    BigDecimal sum = category.indicators().stream()
                            .map(i -> new BigDecimal(values.get(i.code() + ".score")))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    systemTotal = systemTotal.add(sum);
                    Cell subtotal = cell(wb, layout.field(category.code() + ".score").orElseThrow());
                    assertEquals(0, sum.compareTo(BigDecimal.valueOf(evaluator.evaluate(subtotal).getNumberValue())
                            .setScale(4, java.math.RoundingMode.HALF_UP)), category.code());
                }
                Cell total = cell(wb, layout.field(system.code() + ".score").orElseThrow());
                assertEquals(0, systemTotal.compareTo(BigDecimal.valueOf(evaluator.evaluate(total).getNumberValue())
                        .setScale(4, java.math.RoundingMode.HALF_UP)), system.code());
                assertTrue(systemTotal.compareTo(BigDecimal.valueOf(60)) > 0);
            }
        }
    }

    @Test
    void identityIsInTheVeryHiddenSheetAndCustomPropertiesAndItsSignatureVerifies() throws Exception {
        FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
        try (XSSFWorkbook wb = open(generate(FormKind.SCORE))) {
            int idx = wb.getSheetIndex(WorkbookGenerator.IDENTITY_SHEET);
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(idx));
            assertEquals(0, wb.getActiveSheetIndex());
            assertEquals(SheetVisibility.VISIBLE, wb.getSheetVisibility(wb.getActiveSheetIndex()));
            Map<String, String> values = WorkbookIdentity.values(wb).orElseThrow();
            assertEquals(WorkbookGenerator.IDENTITY_KEYS, List.copyOf(values.keySet()));
            assertEquals("CY-2009-SB", values.get("plan"));
            assertEquals("2009", values.get("year"));
            assertEquals("D05", values.get("unit"));
            assertEquals("score", values.get("form"));
            assertEquals("1", values.get("version"));
            assertTrue(values.get("signature").matches("[0-9a-f]{64}"));
            var custom = wb.getProperties().getCustomProperties();
            for (String k : WorkbookGenerator.IDENTITY_KEYS) {
                assertEquals(values.get(k), custom.getProperty("shuangbai." + k).getLpwstr(), k);
            }
            FormIdentity id = WorkbookIdentity.identity(values).orElseThrow();
            assertEquals(layout.identity(), id);
            assertTrue(signer.verify(id, WorkbookIdentity.lockedCells(wb, layout), values.get("signature")));
            assertFalse(new FormSigner(PlanFixture.key(2)).verify(id, WorkbookIdentity.lockedCells(wb, layout),
                    values.get("signature")), "another workspace's key");
        }
    }

    @Test
    void editingALockedCellOrTheIdentityBreaksTheSignature() throws Exception {
        Path file = generate(FormKind.SCORE);
        FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
        try (XSSFWorkbook wb = open(file)) {
            String signature = WorkbookIdentity.values(wb).orElseThrow().get("signature");
            FormIdentity id = layout.identity();
            List<LockedCell> original = WorkbookIdentity.lockedCells(wb, layout);
            assertTrue(signer.verify(id, original, signature));

            CellSpec max = layout.label("EFF-01.max").orElseThrow();
            cell(wb, max).setCellValue(30);
            assertFalse(signer.verify(id, WorkbookIdentity.lockedCells(wb, layout), signature), "max score edited");
            cell(wb, max).setCellValue(3);
            assertTrue(signer.verify(id, WorkbookIdentity.lockedCells(wb, layout), signature), "restored");

            CellSpec criteria = layout.label("ENV-03.criteria").orElseThrow();
            cell(wb, criteria).setCellValue(criteria.text() + "（已删减）");
            assertFalse(signer.verify(id, WorkbookIdentity.lockedCells(wb, layout), signature), "criteria edited");

            FormIdentity otherUnit = new FormIdentity(id.planCode(), id.year(), "D06", id.form(), id.templateVersion());
            assertFalse(signer.verify(otherUnit, original, signature), "identity moved to another unit");
            FormIdentity otherYear = new FormIdentity(id.planCode(), 2010, id.unitCode(), id.form(), id.templateVersion());
            assertFalse(signer.verify(otherYear, original, signature), "another year");
            assertFalse(signer.verify(id, original, null));
            assertFalse(signer.verify(id, original, ""));
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws Exception {
        FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
        byte[] a = generator.toBytes(layout);
        Thread.sleep(1100); // zip entry times have a 2-second resolution: cross a boundary on purpose
        byte[] b = PlanFixture.generator(key).toBytes(FormLayouts.build(plan, unit, FormKind.SCORE));
        assertArrayEquals(a, b);
        assertNotEquals(entries(a).get("xl/worksheets/sheet1.xml"), entries(generator.toBytes(
                FormLayouts.build(plan, plan.unit("D06").orElseThrow(), FormKind.SCORE))).get("xl/worksheets/sheet1.xml"));
    }

    @Test
    void vetoSheetProtectionAndValidationXml() throws Exception {
        Map<String, String> parts = entries(Files.readAllBytes(generate(FormKind.SCORE)));
        // sheet4 is the veto sheet: 填表说明, 效能监察, 优化发展环境, 一票否决及评分人
        String xml = parts.get("xl/worksheets/sheet4.xml");
        String protection = element(xml, "sheetProtection");
        String expected = "<sheetProtection xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " password=\"" + legacyHash(signer.protectionPassword("CY-2009-SB")) + "\" sheet=\"true\""
                + " scenarios=\"true\" objects=\"true\" formatColumns=\"false\" formatRows=\"false\" selectLockedCells=\"false\" selectUnlockedCells=\"false\"/>";
        Diff diff = DiffBuilder.compare(Input.fromString(expected)).withTest(Input.fromString(protection))
                .ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff + "\n" + protection);

        String yesNo = element(xml, "dataValidations").replaceAll("(?s).*?(<dataValidation [^>]*type=\"list\".*?</dataValidation>).*", "$1");
        String expectedYesNo = """
                <dataValidation xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                    type="list" errorStyle="stop" allowBlank="true" showInputMessage="true" showErrorMessage="true"
                    errorTitle="输入有误" error="只能填写“是”或“否”。"
                    promptTitle="是否存在该情形" prompt="请从下拉列表选择“是”或“否”。必填。" sqref="D5:D9" showDropDown="false">
                  <formula1>"是,否"</formula1>
                </dataValidation>""";
        diff = DiffBuilder.compare(Input.fromString(expectedYesNo)).withTest(Input.fromString(withNs(yesNo)))
                .ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff + "\n" + yesNo);
    }

    private static String withNs(String element) {
        return element.contains("xmlns=") ? element : element.replaceFirst("<dataValidation ",
                "<dataValidation xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ");
    }

    private static String element(String xml, String name) {
        int start = xml.indexOf("<" + name);
        int selfClose = xml.indexOf("/>", start);
        int close = xml.indexOf("</" + name + ">", start);
        String el = close < 0 || selfClose < close && xml.substring(start, selfClose).indexOf('>') < 0
                ? xml.substring(start, selfClose + 2) : xml.substring(start, close + name.length() + 3);
        return el.contains("xmlns=") ? el : el.replaceFirst("<" + name,
                "<" + name + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"");
    }

    private static String legacyHash(String password) {
        return String.format("%04X", org.apache.poi.poifs.crypt.CryptoFunctions.createXorVerifier1(password));
    }

    static Map<String, String> entries(byte[] xlsx) throws Exception {
        Map<String, String> m = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                m.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return m;
    }
}
