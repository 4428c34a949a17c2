package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A return is read straight from its zip only when its package is shaped exactly like one POI's package
 * reader accepted before, and its core properties are in the plain form POI accepts; every other
 * package goes through POI, whose verdict stands.
 */
class XlsxPackageShapesTest {
    private static final String CORE = "docProps/core.xml";

    @TempDir
    static Path dir;
    static ReturnFixture fx;
    static Path first;
    static Path second;

    @BeforeAll
    static void twoUnitsReturns() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        first = dir.resolve("S01.xlsx");
        second = dir.resolve("S02.xlsx");
        fx.filledScoreSheet("S01", first);
        fx.filledScoreSheet("S02", second);
    }

    static XlsxPackageShapes learned() {
        XlsxPackageShapes shapes = new XlsxPackageShapes();
        assertNotNull(XlsxStreamWorkbook.open(first, IntakeLimits.DEFAULT, shapes));
        return shapes;
    }

    static boolean matches(XlsxPackageShapes shapes, Path file) {
        try (XlsxPackageShapes.Zip zip = shapes.zip(file)) {
            return zip.match() != null;
        }
    }

    @Test
    void anotherUnitsReturnIsReadFromItsZipAsPoiReadsIt() throws Exception {
        XlsxPackageShapes shapes = learned();
        assertEquals(true, matches(shapes, second));
        XlsxStreamWorkbook fromZip = XlsxStreamWorkbook.open(second, IntakeLimits.DEFAULT, shapes);
        XlsxStreamWorkbook throughPoi = XlsxStreamWorkbook.open(second, IntakeLimits.DEFAULT);
        assertEquals(throughPoi.sheetNames(), fromZip.sheetNames());
        assertEquals(throughPoi.customProperties(), fromZip.customProperties());
        assertEquals(throughPoi.outsideLinks(), fromZip.outsideLinks());
        assertEquals(throughPoi.date1904(), fromZip.date1904());
        assertEquals(throughPoi.unreadableCells(), fromZip.unreadableCells());
        for (String sheet : throughPoi.sheetNames()) {
            for (int r = 0; r < 120; r++) {
                for (int c = 0; c < 30; c++) {
                    assertEquals(throughPoi.cell(sheet, r, c), fromZip.cell(sheet, r, c), sheet + " " + r + " " + c);
                }
            }
        }
        assertEquals("S02", fromZip.customProperties().get("shuangbai.unit"));
    }

    @Test
    void nothingIsLearnedFromAFilePoiDoesNotRead() throws Exception {
        XlsxPackageShapes shapes = new XlsxPackageShapes();
        Path damaged = dir.resolve("lang.xlsx");
        ReturnFixture.rewriteParts(first, damaged, Map.of(CORE, xml -> xml.replace("<dc:title>",
                "<dc:title xml:lang=\"zh\">")));
        assertNull(XlsxStreamWorkbook.open(damaged, IntakeLimits.DEFAULT, shapes));
        assertEquals(false, matches(shapes, first));
    }

    /** Changes to a learned shape that POI may judge otherwise: each file goes through POI again. */
    static List<Map.Entry<String, UnaryOperator<String>>> reshaped() {
        return List.of(
                Map.entry("_rels/.rels", xml -> xml.replace("Id=\"rId2\"", "Id=\"rId9\"")),
                Map.entry("xl/_rels/workbook.xml.rels", xml -> xml.replace("/>", " />")),
                Map.entry("[Content_Types].xml", xml -> xml.replace("<Default ContentType=\"application/xml\" "
                        + "Extension=\"xml\"/>", "")),
                Map.entry("xl/workbook.xml", xml -> xml.replace("date1904=\"false\"", "date1904=\"true\"")));
    }

    @ParameterizedTest
    @MethodSource("reshaped")
    void aChangedContentTypeRelationshipOrWorkbookPartIsNotTakenForTheShape(Map.Entry<String, UnaryOperator<String>> change)
            throws Exception {
        Path file = dir.resolve("reshaped.xlsx");
        ReturnFixture.rewriteParts(second, file, Map.of(change.getKey(), change.getValue()));
        XlsxPackageShapes shapes = learned();
        assertEquals(false, matches(shapes, file));
        // and the reading is POI's, whatever it makes of the change
        XlsxStreamWorkbook viaShapes = XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT, shapes);
        XlsxStreamWorkbook viaPoi = XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT);
        assertEquals(viaPoi == null, viaShapes == null);
        if (viaPoi != null) {
            assertEquals(viaPoi.date1904(), viaShapes.date1904());
            assertEquals(viaPoi.outsideLinks(), viaShapes.outsideLinks());
        }
    }

    /** Core properties POI refuses the whole package for (OPC rules M4.2–M4.5, dates it cannot parse). */
    static List<UnaryOperator<String>> refusedCores() {
        return List.of(
                xml -> xml.replace("<dc:title>", "<dc:title xml:lang=\"zh\">"),
                xml -> xml.replace("<dc:title>", "<dcterms:title>").replace("</dc:title>", "</dcterms:title>"),
                xml -> xml.replace("xsi:type=\"dcterms:W3CDTF\">2009", ">2009"),
                xml -> xml.replace("xsi:type=\"dcterms:W3CDTF\">2009", "xsi:type=\"dcterms:Date\">2009"),
                xml -> xml.replaceFirst("2009-01-01T00:00:00Z", "yesterday"),
                xml -> xml.replace("<dc:title>",
                        "<dc:title xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"));
    }

    @ParameterizedTest
    @MethodSource("refusedCores")
    void coreLiesPoiRefusesAreNeverReadFromTheZip(UnaryOperator<String> edit) throws Exception {
        Path file = dir.resolve("core.xlsx");
        ReturnFixture.rewriteParts(second, file, Map.of(CORE, edit));
        assertThrows(Exception.class, () -> OPCPackage.open(file.toFile(), PackageAccess.READ).revert());
        XlsxPackageShapes shapes = learned();
        assertEquals(false, matches(shapes, file));
        assertNull(XlsxStreamWorkbook.open(file, IntakeLimits.DEFAULT, shapes));
    }

    @Test
    void theCorePartsPlainFormLiterally() {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
        String created = "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2009-01-01T00:00:00Z</dcterms:created>";
        String tail = "</cp:coreProperties>";
        assertEquals(true, plain(head + created + "<dc:title>考核评分表</dc:title>" + tail));
        assertEquals(true, plain(head + "<cp:lastPrinted></cp:lastPrinted><dc:creator/>" + tail));
        assertEquals(true, plain(head + "<cp:lastPrinted>2026-12-01T14:00:59Z</cp:lastPrinted>" + tail));
        assertEquals(false, plain(head + "<cp:lastPrinted>2026-12-01T14:00:60Z</cp:lastPrinted>" + tail));
        assertEquals(false, plain(head + "<cp:lastPrinted>2026-02-30T14:00:00Z</cp:lastPrinted>" + tail));
        assertEquals(false, plain(head + "<cp:lastPrinted>2026-12-01T14:00:00+08:00</cp:lastPrinted>" + tail));
        assertEquals(false, plain(head + "<cp:keywords><cp:value>a</cp:value></cp:keywords>" + tail));
        assertEquals(false, plain(head + "<dc:title a=\"1\">x</dc:title>" + tail));
        assertEquals(false, plain(head + "<x:title xmlns:x=\"urn:x\">x</x:title>" + tail));
        assertEquals(false, plain(head.replace("core-properties\"", "core-properties\" xml:lang=\"zh\"") + tail));
        assertEquals(false, plain(head + "<dc:title>" + tail));
    }

    private static boolean plain(String xml) {
        return CoreProperties.plain(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
