package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.TestPlans;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/** Values typed straight into the package read back exactly as the same values typed and saved through POI. */
class PackageFillTest {
    @TempDir
    Path dir;

    @Test
    void everyFormReadsBackAsPoiSavesIt() throws Exception {
        Plan units = PlanFixture.plan();
        Plan bodies = TestPlans.bundled();
        List<Object[]> forms = new ArrayList<>();
        for (FormKind kind : FormKind.unitForms()) {
            forms.add(new Object[] {units, FormLayouts.build(units, units.unit("S03").orElseThrow(), kind)});
        }
        forms.add(new Object[] {bodies, FormLayouts.build(bodies, bodies.assessors().body("JCZ2").orElseThrow())});
        forms.add(new Object[] {bodies, FormLayouts.build(bodies, bodies.unit("D01").orElseThrow(), FormKind.SCORE)});
        int n = 0;
        for (Object[] form : forms) {
            Plan plan = (Plan) form[0];
            FormLayout layout = (FormLayout) form[1];
            Path blank = dir.resolve(n + "-blank.xlsx");
            PlanFixture.generator(PlanFixture.key(3)).write(layout, blank);
            SampleFiller filler = new SampleFiller(plan);
            Path typed = dir.resolve(n + "-typed.xlsx");
            Path poi = dir.resolve(n + "-poi.xlsx");
            assertEquals(filler.fillSample(blank, typed), filler.fillSampleWithPoi(blank, poi));
            ZipParts.Container container = ZipParts.read(Files.readAllBytes(typed));
            assertNotNull(container, "typed into the package, not saved by POI: " + layout.identity());
            assertEquals(ZipParts.read(Files.readAllBytes(blank)).dosTime(), container.dosTime());
            assertEquals(cells(poi), cells(typed), layout.identity().toString());
            n++;
        }
    }

    @Test
    void aTypedFormulaIsLeftToPoi() throws Exception {
        Plan plan = PlanFixture.plan();
        FormLayout layout = FormLayouts.build(plan, plan.unit("S03").orElseThrow(), FormKind.SCORE);
        Path blank = dir.resolve("blank.xlsx");
        PlanFixture.generator(PlanFixture.key(1)).write(layout, blank);
        assertNull(PackageFill.fill(Files.readAllBytes(blank), plan, FormTexts.bundled(),
                l -> new java.util.LinkedHashMap<>(Map.of(l.inputs().findFirst().orElseThrow().key(), "=1+1")), blank));
    }

    @Test
    void cellsAndRowsGoInOrderAndSubtotalsFollow() {
        PackageFill.SheetXml sheet = new PackageFill.SheetXml("<worksheet><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" s=\"2\"/><c r=\"C1\" s=\"3\" t=\"n\"><f>SUM(A1:B1,A3)</f><v>0.0</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"1\" t=\"n\"><v>4.0</v></c><c r=\"B3\" s=\"1\"/></row>"
                + "</sheetData></worksheet>");
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        cells.put("B3", "t=\"n\"><v>3.0</v></c>");
        cells.put("A1", "t=\"n\"><v>2.5</v></c>");
        cells.put("B1", "t=\"s\"><v>7</v></c>");
        cells.put("B2", "t=\"n\"><v>1.0</v></c>");
        cells.put("D4", null);
        assertTrue(sheet.put(cells));
        assertTrue(sheet.recalculate(new java.util.HashMap<>(Map.of("A1", 2.5, "B2", 1.0, "B3", 3.0))));
        assertEquals("<worksheet><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" s=\"2\" t=\"n\"><v>2.5</v></c><c r=\"B1\" t=\"s\"><v>7</v></c>"
                + "<c r=\"C1\" s=\"3\" t=\"n\"><f>SUM(A1:B1,A3)</f><v>6.5</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\" t=\"n\"><v>1.0</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"1\" t=\"n\"><v>4.0</v></c><c r=\"B3\" s=\"1\" t=\"n\"><v>3.0</v></c></row>"
                + "<row r=\"4\"><c r=\"D4\"/></row>"
                + "</sheetData></worksheet>", sheet.xml());
        assertTrue(!new PackageFill.SheetXml("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"n\"><f>A2*2</f>"
                + "<v>0.0</v></c></row></sheetData></worksheet>").recalculate(Map.of()), "only SUMs are computed here");
    }

    @Test
    void everySubtotalGetsItsResultInPlace() {
        PackageFill.SheetXml sheet = new PackageFill.SheetXml("<worksheet><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"n\"><v>1.5</v></c><c r=\"B1\" t=\"n\"><f>SUM(A1)</f></c>"
                + "<c r=\"C1\" s=\"4\"><f>SUM(A1:B1)</f><v>9.0</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
                + "</row></sheetData></worksheet>");
        assertTrue(sheet.recalculate(Map.of()));
        assertEquals("<worksheet><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"n\"><v>1.5</v></c><c r=\"B1\" t=\"n\"><f>SUM(A1)</f><v>1.5</v></c>"
                + "<c r=\"C1\" s=\"4\"><f>SUM(A1:B1)</f><v>3.0</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
                + "</row></sheetData></worksheet>", sheet.xml());
    }

    @Test
    void anAttributeIsFoundByItsWholeName() {
        assertEquals("12", PackageFill.SheetXml.attribute("<c r=\"B7\" s=\"12\" t=\"s\">", "s"));
        assertEquals("B7", PackageFill.SheetXml.attribute("<c xr:r=\"Z1\"\tr=\"B7\">", "r"));
        assertEquals("", PackageFill.SheetXml.attribute("<c r=\"B7\" t=\"\"/>", "t"));
        assertNull(PackageFill.SheetXml.attribute("<row r=\"3\" spans=\"1:5\">", "s"));
    }

    /** Every cell of every sheet: where, its style, its type and value (a formula's text and cached result). */
    private static List<String> cells(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String value = switch (c.getCellType()) {
                            case STRING -> c.getStringCellValue();
                            case NUMERIC -> Double.toString(c.getNumericCellValue());
                            case FORMULA -> "=" + c.getCellFormula() + " -> " + (c.getCachedFormulaResultType()
                                    == CellType.NUMERIC ? Double.toString(c.getNumericCellValue()) : c.toString());
                            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                            default -> "";
                        };
                        out.add(sheet.getSheetName() + "!" + c.getAddress() + " s" + c.getCellStyle().getIndex() + " "
                                + c.getCellType() + " " + value);
                    }
                }
            }
        }
        return out;
    }
}
