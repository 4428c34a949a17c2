package org.shuangbai.documents;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

/**
 * WordprocessingML written as text for the documents built from a Word template (DocxNotice,
 * DocxLetter): paragraphs in the template's styles, bordered tables, page breaks, and the swap of a
 * template's body for them. Every text goes through {@link #escape(String)}.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Type area width in twips (156 mm). */
    static final int WIDTH = 8844;

    private WordXml() {
    }

    /** A plain bordered table; the first row is the header (黑体), repeated on every page. */
    static String table(List<String[]> rows, int[] widths, int halfPoints) {
        return table(rows, widths, halfPoints, -1, false);
    }

    /**
     * A bordered table; the first row is its header (表头, repeated on every page). In column
     * {@code merge} a value equal to the one above is one cell with it (w:vMerge): a category spans
     * its indicators. {@code keepNext} keeps every row with what follows.
     */
    static String table(List<String[]> rows, int[] widths, int halfPoints, int merge, boolean keepNext) {
        StringBuilder t = new StringBuilder();
        table(t, rows, widths, halfPoints, merge, keepNext, WordXml::escape);
        return t.toString();
    }

    /** {@link #table(List, int[], int, int, boolean)} appended to {@code out}, each text as {@code text} writes it. */
    static void table(StringBuilder out, List<String[]> rows, int[] widths, int halfPoints, int merge, boolean keepNext,
                      UnaryOperator<String> text) {
        try {
            table((Appendable) out, rows.iterator(), widths, halfPoints, merge, keepNext, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder throws none
        }
    }

    /**
     * {@link #table(List, int[], int, int, boolean)} written row by row to {@code out}, each text as
     * {@code text} writes it: a table of thousands of rows (the notice's summary) is never held whole.
     */
    static void table(Appendable out, Iterator<String[]> rows, int[] widths, int halfPoints, int merge, boolean keepNext,
                      UnaryOperator<String> text) throws IOException {
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"" + WIDTH + "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                + "<w:tblBorders>" + borders("single", 4, "top", "left", "bottom", "right", "insideH", "insideV") + "</w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.append("<w:gridCol w:w=\"").append(Integer.toString(w)).append("\"/>");
        }
        out.append("</w:tblGrid>");
        String[] previous = null;
        // the cells' run properties: the header's and the body's (the same for every row)
        String size = "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
        String[] rPr = {"<w:rStyle w:val=\"TableHead\"/>" + size, size};
        for (int r = 0; rows.hasNext(); r++) {
            String[] row = rows.next();
            out.append("<w:tr>").append(r == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
            for (int c = 0; c < widths.length; c++) {
                String v = c < row.length && row[c] != null ? row[c] : "";
                String vMerge = "";
                if (c == merge && r > 0) {
                    boolean same = r > 1 && !v.isEmpty() && v.equals(previous[c]);
                    vMerge = same ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>";
                    v = same ? "" : v;
                }
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(Integer.toString(widths[c])).append("\" w:type=\"dxa\"/>")
                        .append(vMerge).append("<w:vAlign w:val=\"center\"/></w:tcPr>")
                        .append("<w:p><w:pPr>").append(keepNext ? "<w:keepNext/>" : "").append("<w:snapToGrid w:val=\"0\"/>")
                        // the header row repeats at a page's top, which the template sets 12.3 pt above the
                        // type area (its grid centres text lines): the row keeps below the type area's top
                        .append(r == 0 ? "<w:spacing w:before=\"246\"/>" : "")
                        .append("<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"")
                        .append(c == 1 ? "left" : "center").append("\"/></w:pPr><w:r><w:rPr>").append(rPr[r == 0 ? 0 : 1])
                        .append("</w:rPr>");
                String cell = text.apply(v);
                // an empty text written as POI saves it (see saved)
                if (cell.isEmpty()) {
                    out.append("<w:t xml:space=\"preserve\"/>");
                } else {
                    out.append("<w:t xml:space=\"preserve\">").append(cell).append("</w:t>");
                }
                out.append("</w:r></w:p></w:tc>");
            }
            out.append("</w:tr>");
            previous = row;
        }
        out.append("</w:tbl>");
    }

    /** 三号 in points, and the template's character spacing (w:spacing -5: a quarter point less a character). */
    static final double EM = 16;
    static final double SPACING = -0.25;

    /**
     * The 署名 and the 成文日期 (GB/T 9704 7.3.5.1): the date 右空四字, the office's name centred on it; a
     * name too long for that is set flush right with the date centred under it. Both lines are centred
     * in one box (the same indents), so the office suite itself centres the name on the date whatever
     * widths its fonts give; only the box's place comes from {@link #width(String)}. The box is half a
     * character wider on each side than its longer line, so that a wider font does not wrap it. The name
     * keeps with the date, and (keepNext on what comes before) with the body.
     */
    static String signature(String issuer, String date) {
        return signature(issuer, date, WordXml::escape);
    }

    /** {@link #signature(String, String)} with its texts as {@code text} writes them. */
    static String signature(String issuer, String date, UnaryOperator<String> text) {
        double wi = width(issuer);
        double wd = width(date);
        double area = WIDTH / 20.0;
        double centre = area - 4 * (EM + SPACING) - wd / 2;
        if (centre + wi / 2 > area) {
            centre = area - wi / 2;
        }
        double half = Math.max(wi, wd) / 2 + EM / 2;
        String ind = "<w:ind w:leftChars=\"0\" w:left=\"" + Math.round((centre - half) * 20) + "\" w:rightChars=\"0\" w:right=\""
                + Math.round((area - centre - half) * 20) + "\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>";
        return p("Signature", "<w:keepNext/><w:spacing w:beforeLines=\"100\" w:before=\"579\"/>" + ind, runs(text.apply(issuer)))
                + p("Date", ind, runs(text.apply(date)));
    }

    /**
     * A line's width in points as Word, WPS and LibreOffice set it in the offices' fixed-pitch faces
     * (仿宋_GB2312 and its stand-ins: a Chinese character one em, a digit or Latin letter half an em),
     * with the template's character spacing, plus the space the suites put between Chinese and Western
     * characters (a fifth of an em in LibreOffice, measured; Word's autoSpaceDN is about the same).
     */
    static double width(String text) {
        double w = 0;
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wide = c >= 0x2E80;
            w += (wide ? EM : EM / 2) + SPACING;
            if (prev >= 0 && (prev >= 0x2E80) != wide) {
                w += EM / 5;
            }
            prev = c;
            i += Character.charCount(c);
        }
        return w;
    }

    static String borders(String val, int size, String... sides) {
        StringBuilder b = new StringBuilder();
        for (String s : sides) {
            b.append("<w:").append(s).append(" w:val=\"").append(val).append("\" w:sz=\"").append(size)
                    .append("\" w:space=\"0\" w:color=\"000000\"/>");
        }
        return b.toString();
    }

    static String pageBreak() {
        return "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/></w:pPr><w:r><w:br w:type=\"page\"/></w:r></w:p>";
    }

    static String p(String style, String pPr, String runs) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + pPr + "</w:pPr>" + runs + "</w:p>";
    }

    /** Runs of already escaped text. */
    static String runs(String escaped) {
        return escaped.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r>";
    }

    static String run(String escaped, String charStyle) {
        return "<w:r>" + (charStyle == null ? "" : "<w:rPr><w:rStyle w:val=\"" + charStyle + "\"/></w:rPr>")
                + "<w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r>";
    }

    static String escape(String s) {
        return BodyText.escape(s == null ? "" : s);
    }

    /**
     * A text as XmlBeans saves it, which is how POI writes every text of a document it parsed: only
     * {@code &}, {@code <} and the {@code >} of {@code ]]>} escaped, line ends as an XML parser reads
     * them. XML written straight into a saved document (the notice's attachments) uses this, so that
     * it is the same text, byte for byte, as when it went through {@link #replaceBody}.
     */
    static String saved(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        return t.replace("&", "&amp;").replace("<", "&lt;").replace("]]>", "]]&gt;");
    }

    /** No 版头 page: every page takes the template's odd/even header and footer. */
    static void noFirstPageHeader(XWPFDocument doc) {
        var sectPr = doc.getDocument().getBody().getSectPr();
        if (sectPr != null && sectPr.isSetTitlePg()) {
            sectPr.unsetTitlePg();
        }
    }

    /** The body's children before the section properties become {@code xml} (paragraphs and tables). */
    static void replaceBody(XWPFDocument doc, String xml) throws IOException {
        XmlObject body = doc.getDocument().getBody();
        try (XmlCursor c = body.newCursor()) {
            c.toFirstChild();
            while (!c.getName().getLocalPart().equals("sectPr")) {
                c.removeXml();
            }
            XmlObject parsed = XmlObject.Factory.parse("<w:body xmlns:w=\"" + W + "\">" + xml + "</w:body>");
            try (XmlCursor from = parsed.newCursor()) {
                from.toFirstChild(); // w:body
                from.toFirstChild();
                do {
                    from.copyXml(c);
                } while (from.toNextSibling());
            }
        } catch (XmlException e) {
            throw new IOException(e);
        }
    }

    /**
     * Texts in the form XmlBeans saves them once parsed ({@link #saved}), for XML of ours written
     * straight into a document POI saved (the letters): the same bytes as when the XML went through
     * {@link #replaceBody}, as {@link #escape}d text, and POI's save. A text holding a character for
     * which that is not certain (a control character, a line end other than LF, a surrogate,
     * U+FFFE/U+FFFF) is noted: such a document goes through POI.
     */
    static final class SavedTexts implements UnaryOperator<String> {
        private boolean uncertain;

        @Override
        public String apply(String s) {
            String t = s == null ? "" : s;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c < 0x20 && c != '\n' || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                    uncertain = true;
                }
            }
            return saved(t);
        }

        /** Whether a text was noted: the XML written must then go through POI instead. */
        boolean uncertain() {
            return uncertain;
        }
    }

    /** Writes the part of a document that stands where its placeholder stood. */
    @FunctionalInterface
    interface PartWriter {
        void write(Writer out) throws IOException;
    }

    static final String DOCUMENT = "word/document.xml";
}
