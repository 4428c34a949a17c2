package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.TextAttribute;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

/**
 * Kept fill-side measurements give what JasperReports' own text measurer gives: for one text in boxes with
 * more and less room than it needs, and for whole documents filled one after another on one thread.
 */
class KeptMeasuresTest {
    private static final String TEXT = "一二三四五六七八九十一二三四五六七八九十";

    @TempDir
    Path dir;

    @Test
    void aTextMeasuredWithRoomIsGivenAgainOnlyWhereItFitsAgain() throws Exception {
        FontCatalog fonts = FontCatalog.find(Map.of());
        FontUtil fontUtil = FontUtil.getInstance(fonts.context());
        JRDesignTextField field = new JRDesignTextField();
        field.setWidth(60);
        field.setHeight(20);
        field.setFontName(FontRole.SONG.family());
        field.setFontSize(10f);
        JRTextMeasurer kept = new KeptMeasuresFactory().createMeasurer(fontUtil, field);

        long before = KeptMeasuresFactory.reused();
        JRMeasuredText roomy = kept.measure(text(), 0, 500, true, false);
        assertEquals(TEXT.length(), roomy.getTextOffset(), "the whole text fits in 520 points");
        assertSame(jasperReports(fontUtil, field, 500), roomy);
        int needed = (int) Math.ceil(roomy.getTextHeight()); // four lines of six characters: more than the box's 20
        assertTrue(needed > 40, "text height " + roomy.getTextHeight());

        JRMeasuredText tight = kept.measure(text(), 0, 0, true, false);
        assertEquals(6, tight.getTextOffset(), "one line of six 10-point characters in the box's own 20 points");
        assertSame(jasperReports(fontUtil, field, 0), tight);
        JRMeasuredText short1 = kept.measure(text(), 0, needed - 21, true, false);
        assertTrue(short1.getTextOffset() < TEXT.length(), "a point short: cut");
        assertSame(jasperReports(fontUtil, field, needed - 21), short1);
        assertEquals(before, KeptMeasuresFactory.reused(), "too little room: measured anew");

        for (int stretch : new int[] {300, needed - 20}) {
            assertSame(jasperReports(fontUtil, field, stretch), kept.measure(text(), 0, stretch, true, false));
        }
        assertEquals(before + 2, KeptMeasuresFactory.reused(), "given again with room to spare and with just enough");
    }

    @Test
    void keptMeasuresFillTheDocumentsJasperReportsFills() throws Exception {
        DocumentData data = LaidOutTextTest.smallDistrict();
        FontCatalog fonts = FontCatalog.find(Map.of());
        JasperReportsContext kept = fonts.context();
        SimpleJasperReportsContext plain = (SimpleJasperReportsContext) fonts.context();
        plain.removeProperty(JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY);
        long before = KeptMeasuresFactory.reused();
        List<JasperPrint> withKept = prints(kept, fonts, data);
        assertTrue(KeptMeasuresFactory.reused() - before > 100,
                "measurements given again: " + (KeptMeasuresFactory.reused() - before));
        List<JasperPrint> withPlain = prints(plain, fonts, data);
        for (int i = 0; i < withKept.size(); i++) {
            assertArrayEquals(LaidOutTextTest.pdf(dir, kept, withPlain.get(i)), LaidOutTextTest.pdf(dir, kept, withKept.get(i)),
                    withPlain.get(i).getName());
        }
    }

    private List<JasperPrint> prints(JasperReportsContext context, FontCatalog fonts, DocumentData data)
            throws Exception {
        return LaidOutTextTest.prints(new Reports(context, new Designs(new Workspace(dir), context, fonts), false,
                new Typesetter(fonts)), data);
    }

    private static JRStyledText text() {
        Map<Attribute, Object> attributes = new HashMap<>();
        attributes.put(TextAttribute.FAMILY, FontRole.SONG.family());
        attributes.put(TextAttribute.SIZE, 10f);
        return new JRStyledText(Locale.CHINA, TEXT, attributes);
    }

    private static JRMeasuredText jasperReports(FontUtil fontUtil, JRDesignTextField field, int stretch) {
        return new TextMeasurer(fontUtil, field).measure(text(), 0, stretch, true, false);
    }

    private static void assertSame(JRMeasuredText expected, JRMeasuredText actual) {
        assertEquals(expected.getTextOffset(), actual.getTextOffset());
        assertEquals(expected.getTextHeight(), actual.getTextHeight());
        assertEquals(expected.getTextWidth(), actual.getTextWidth());
        assertEquals(expected.getLineSpacingFactor(), actual.getLineSpacingFactor());
        assertEquals(expected.getLeadingOffset(), actual.getLeadingOffset());
        assertEquals(expected.isParagraphCut(), actual.isParagraphCut());
        assertEquals(expected.isLeftToRight(), actual.isLeftToRight());
        assertEquals(expected.getTextSuffix(), actual.getTextSuffix());
        assertArrayEquals(expected.getLineBreakOffsets(), actual.getLineBreakOffsets());
    }
}
