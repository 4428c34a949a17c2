package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** The styles part read for number formats only, against POI's {@link StylesTable} on the same XML. */
class XlsxNumberFormatsTest {
    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static XlsxNumberFormats read(String xml) throws Exception {
        XlsxNumberFormats formats = new XlsxNumberFormats();
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(formats);
        reader.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return formats.checked();
    }

    private static void assertSameAsPoi(String xml) throws Exception {
        XlsxNumberFormats ours = read(xml);
        StylesTable poi = new StylesTable(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        XlsxStreamWorkbook.CellStyles theirs = XlsxStreamWorkbook.CellStyles.of(poi);
        assertEquals(theirs.count(), ours.count());
        for (int i = 0; i < ours.count(); i++) {
            ExcelNumberFormat a = theirs.format(i);
            ExcelNumberFormat b = ours.format(i);
            assertEquals(a.getIdx(), b.getIdx(), "style " + i);
            assertEquals(a.getFormat(), b.getFormat(), "style " + i);
        }
    }

    @Test
    void customFormatsOverrideBuiltInOnesAndALaterIdWins() throws Exception {
        String xml = "<styleSheet " + NS + "><numFmts count=\"3\">"
                + "<numFmt numFmtId=\"14\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                + "<numFmt numFmtId=\"164\" formatCode=\"0.0\"/><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
                + "<numFmt numFmtId=\"165\"/></numFmts>"
                + "<cellXfs count=\"6\"><xf/><xf numFmtId=\"14\"/><xf numFmtId=\"164\" xfId=\"0\"/>"
                + "<xf numFmtId=\"165\"/><xf numFmtId=\"22\" xfId=\"7\"/><xf numFmtId=\"4294967295\"/></cellXfs>"
                + "</styleSheet>";
        assertSameAsPoi(xml);
        XlsxNumberFormats f = read(xml);
        assertEquals(6, f.count());
        assertEquals("yyyy-mm-dd", f.format(2).getFormat());
        assertEquals("m/d/yy h:mm", f.format(4).getFormat());
        assertEquals(-1, f.format(5).getIdx());
    }

    @Test
    void onlyTheCellXfsCountNotTheStyleXfs() throws Exception {
        assertSameAsPoi("<styleSheet " + NS + "><cellStyleXfs><xf numFmtId=\"14\"/><xf/></cellStyleXfs>"
                + "<cellXfs><xf numFmtId=\"2\"/></cellXfs><other:x xmlns:other=\"urn:x\"><xf/></other:x></styleSheet>");
        assertSameAsPoi("<styleSheet " + NS + "/>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<styleSheet " + NS + "><cellXfs><xf numFmtId=\" 14\"/></cellXfs></styleSheet>",
        "<styleSheet " + NS + "><cellXfs><xf numFmtId=\"-1\"/></cellXfs></styleSheet>",
        "<styleSheet " + NS + "><cellXfs><xf xfId=\"x\"/></cellXfs></styleSheet>",
        "<styleSheet " + NS + "><cellXfs><xf/></cellXfs><cellXfs><xf/></cellXfs></styleSheet>",
        "<styleSheet " + NS + "><numFmts/><numFmts/></styleSheet>",
        "<styleSheet " + NS + "><numFmts><numFmt formatCode=\"0\"/></numFmts></styleSheet>",
        "<styleSheet><cellXfs><xf/></cellXfs></styleSheet>",
    })
    void whatItWouldHaveToGuessAtIsLeftToTheUsermodel(String xml) {
        SAXException e = assertThrows(SAXException.class, () -> read(xml));
        assertTrue(e.getException() != null && e.getException().getClass().getSimpleName().equals("NotPlain"), xml);
    }
}
