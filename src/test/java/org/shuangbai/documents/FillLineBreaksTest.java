package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.util.JRStyledText;
import org.junit.jupiter.api.Test;

/**
 * Regression: a letter's 扣分说明 cell (reports/letter.jrxml: 96 points wide, 2 points padding each side,
 * 公文宋体 9 points) showed "第一检查组 / （JCZ1）：扣0.1分： / 群众反映问题办理不及" and hid the final "时".
 * The fill had measured the text by JasperReports' quick estimate (summed advances), which is used once
 * the fill has measured earlier texts in that font, and put "（JCZ1）：" on the first line, where the PDF
 * export's line breaking does not: the box was made three lines high for four lines of text. Which way a
 * text was measured also depended on what its thread had filled before, so a letter's rows came out
 * differently from one run to the next.
 */
class FillLineBreaksTest {
    private static final String NOTE = "第一检查组（JCZ1）：扣0.1分：群众反映问题办理不及时";

    @Test
    void aNoteMeasuredAfterOtherTextsGetsTheLinesThePdfExportBreaksItInto() throws Exception {
        JasperReportsContext context = FontCatalog.find(Map.of()).context();
        JRDesignTextField cell = letterNoteCell();

        // A measurer that has measured nothing yet breaks lines exactly as the export does.
        JRMeasuredText first = new TextMeasurer(context, cell).measure(styled(NOTE), 0, 500, true, false);
        assertArrayEquals(new short[] {5, 13, 10}, first.getLineBreakOffsets(),
                "第一检查组 / （JCZ1）：扣0.1分： / 群众反映问题办理不及 / 时");

        // The same note measured after other notes in the same cell: the same four lines.
        TextMeasurer warm = new TextMeasurer(context, cell);
        warm.measure(styled("第一检查组（JCZ1）：扣1分：个别任务未按期完成"), 0, 500, true, false);
        warm.measure(styled("监察局（JCJ）：扣1.2分：制度落实检查记录缺失"), 0, 500, true, false);
        JRMeasuredText later = warm.measure(styled(NOTE), 0, 500, true, false);
        assertArrayEquals(first.getLineBreakOffsets(), later.getLineBreakOffsets());
        assertEquals(first.getTextHeight(), later.getTextHeight());
    }

    /** The letter design's notes cell, keeping its line breaks so that the test can read them. */
    private static JRDesignTextField letterNoteCell() {
        JRDesignTextField cell = new JRDesignTextField();
        cell.setWidth(96);
        cell.setHeight(18);
        cell.setFontName(FontRole.SONG.family());
        cell.setFontSize(9f);
        cell.getLineBox().setLeftPadding(2);
        cell.getLineBox().setRightPadding(2);
        cell.getLineBox().setTopPadding(1);
        cell.getLineBox().setBottomPadding(1);
        cell.getPropertiesMap().setProperty(JRTextElement.PROPERTY_SAVE_LINE_BREAKS, "true");
        return cell;
    }

    private static JRStyledText styled(String text) {
        Map<Attribute, Object> attributes = new HashMap<>();
        attributes.put(TextAttribute.FAMILY, FontRole.SONG.family());
        attributes.put(TextAttribute.SIZE, 9f);
        return new JRStyledText(Locale.CHINA, text, attributes);
    }
}
