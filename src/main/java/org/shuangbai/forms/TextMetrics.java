package org.shuangbai.forms;

/**
 * How much room a text takes in a workbook column, estimated without the fonts: office suites give no
 * measurement before the file is opened, so row heights are computed from character counts.
 */
final class TextMetrics {
    /** Line pitch in points of the 10 pt body font, with the suites' leading. */
    static final float LINE = 13.5f;

    private TextMetrics() {
    }

    /** Display width of a text in units of the default font's digit: CJK and full-width count two. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cp < 0x1100 ? 1 : 2;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Lines a text wraps to in a column (or merged columns) of the given width. */
    static int lines(String text, int columnWidth) {
        int usable = Math.max(2, columnWidth - 2);
        int n = 0;
        for (String para : text.split("\n", -1)) {
            // 10% slack: substitute fonts (LibreOffice on Linux) run a little wider than 宋体
            n += Math.max(1, (int) Math.ceil(width(para) * 1.1 / usable));
        }
        return n;
    }
}
