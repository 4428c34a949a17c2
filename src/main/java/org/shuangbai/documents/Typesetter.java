package org.shuangbai.documents;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.Arrays;

import org.shuangbai.text.Messages;

/**
 * Font metrics for the designs, so that a GB/T 9704 position holds whatever font this machine or
 * office has. The standard places characters by their body (字身): for a CJK font the ideographic
 * em box, from 0.88 em above the baseline to 0.12 em below. JasperReports places a line by the
 * font's own ascent, which differs from face to face (FandolFang 0.88 em, Noto CJK 1.16 em), so the
 * designs ask here for the padding that puts the em box where the standard wants it. Designs call
 * it as the report parameter {@code Type}; every answer is a pure function of the fonts.
 */
public final class Typesetter {
    /** GB/T 9704: 22 lines in the 225 mm type area. */
    public static final float PITCH = 225f / 22 * 72 / 25.4f;
    /** 三号: the body size; 28 characters of it fill the 156 mm line. */
    public static final float BODY = 15.75f;
    /** The type area's width, 156 mm. */
    public static final int WIDTH = 442;
    /** The ideographic em box's top above the baseline, in em. */
    static final float EM_TOP = 0.88f;
    static final float EM_BOTTOM = 0.12f;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final FontCatalog fonts;

    public Typesetter(FontCatalog fonts) {
        this.fonts = fonts;
    }

    Font font(String family, float size) {
        FontRole role = Arrays.stream(FontRole.values()).filter(r -> r.family().equals(family)).findFirst()
                .orElse(FontRole.FANGSONG);
        return fonts.font(role).awtFont().deriveFont(size);
    }

    private LineMetrics metrics(String family, float size) {
        return font(family, size).getLineMetrics("国", FRC);
    }

    /** "下空 n 行": the distance from one line's em bottom to the em top of the line n blank lines further. */
    public static float blankLines(float n) {
        return blankLines(n, PITCH);
    }

    /** {@link #blankLines(float)} on a page whose lines were drawn closer (7.3.5.5, see NoticeLayout). */
    public static float blankLines(float n, float pitch) {
        return n * pitch + pitch - BODY;
    }

    /** The top padding that puts a text's first em top {@code gap} points below the element's top. */
    public int top(String family, float size, float gap) {
        // JasperReports sets a first line's baseline at the font's leading plus its ascent
        LineMetrics m = metrics(family, size);
        return Math.max(0, Math.round(gap - (m.getLeading() + m.getAscent() - EM_TOP * size)));
    }

    /**
     * The bottom padding that puts the element's bottom {@code gap} points below its last line's em
     * bottom (below the baseline a line takes the font's descent).
     */
    public int bottom(String family, float size, float gap) {
        return Math.max(0, Math.round(gap - (metrics(family, size).getDescent() - EM_BOTTOM * size)));
    }

    /** Fixed line spacing for a pitch: the next baseline lies the spacing plus the descent below. */
    public float spacing(String family, float size, float pitch) {
        return pitch - metrics(family, size).getDescent();
    }

    /**
     * The top padding that puts the ink of an em dash's stroke {@code gap} points below the element's
     * top: the page number's "一字线" is placed by its stroke (7 mm below the type area).
     */
    public int dash(String family, float size, float gap) {
        Font f = font(family, size);
        float inkAbove = (float) -f.createGlyphVector(FRC, "—").getVisualBounds().getMinY();
        LineMetrics m = metrics(family, size);
        return Math.max(0, Math.round(gap - m.getLeading() - m.getAscent() + inkAbove));
    }

    /** The advance of {@code text}. */
    public float width(String family, float size, String text) {
        return (float) font(family, size).getStringBounds(text, FRC).getWidth();
    }

    /** {@code base} plus the advance of {@code prefix}, for a hanging indent made of two elements. */
    public int after(String family, float size, String prefix, float base) {
        return Math.round(base + width(family, size, prefix));
    }

    /** The largest size up to {@code preferred} (in half points) at which {@code text} fits one line. */
    public float fit(String family, String text, float preferred, float width) {
        float at1 = width(family, 1f, text);
        float size = at1 <= 0 ? preferred : Math.min(preferred, width / at1);
        return (float) Math.floor(size * 2) / 2;
    }

    /** How many lines {@code text} takes in a column {@code width} wide. */
    public int lines(String family, float size, String text, float width) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font(family, size));
        LineBreakMeasurer m = new LineBreakMeasurer(s.getIterator(), FRC);
        int lines = 0;
        while (m.getPosition() < text.length()) {
            m.nextLayout(width);
            lines++;
        }
        return lines;
    }

    /**
     * The lines a 版记 list takes after its label (e.g. 抄送：), at most {@code max}: the label and
     * the list are indented one character each side, the list ends with 。. Null gives 0.
     */
    public int lines(String family, float size, String list, int max) {
        if (list == null) {
            return 0;
        }
        float width = WIDTH - after(family, size, Messages.text("documents.notice.copyTo"), size) - size;
        return Math.min(max, lines(family, size, ended(list), width));
    }

    /** A 版记 list as printed: GB/T 9704 ends it with a full stop, whether or not the plan wrote one. */
    static String ended(String list) {
        String stop = Messages.text("text.sentence.end");
        return list.endsWith(stop) ? list : list + stop;
    }

    /**
     * GB/T 9704 7.3.5.1 (a sealed document of one office): the date 右空四字, the office's name
     * centred on it. A name too long for that is set flush right and the date centred under it.
     * Returns the left indents {issuer, date} within the type area.
     */
    public int[] signature(String family, float size, String issuer, String date) {
        float wi = width(family, size, issuer);
        float wd = width(family, size, date);
        float dateX = WIDTH - 4 * size - wd;
        float centre = dateX + wd / 2;
        float issuerX = centre - wi / 2;
        if (issuerX + wi > WIDTH) {
            issuerX = WIDTH - wi;
            dateX = issuerX + wi / 2 - wd / 2;
        }
        return new int[] {Math.round(Math.max(0, issuerX)), Math.round(Math.max(0, dateX))};
    }

    public int issuerX(String family, float size, String issuer, String date) {
        return signature(family, size, issuer, date)[0];
    }

    public int dateX(String family, float size, String issuer, String date) {
        return signature(family, size, issuer, date)[1];
    }
}
