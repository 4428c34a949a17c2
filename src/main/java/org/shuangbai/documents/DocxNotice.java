package org.shuangbai.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.shuangbai.text.Messages;

import static org.shuangbai.documents.WordXml.escape;
import static org.shuangbai.documents.WordXml.p;
import static org.shuangbai.documents.WordXml.pageBreak;
import static org.shuangbai.documents.WordXml.replaceBody;
import static org.shuangbai.documents.WordXml.run;
import static org.shuangbai.documents.WordXml.runs;
import static org.shuangbai.documents.WordXml.saved;
import static org.shuangbai.documents.WordXml.table;

/**
 * The notice as a flowing Word document for last edits in WPS or Word: built with POI's XWPF from
 * the template templates/notice.docx (an office may replace it with its own), whose styles, page
 * setup, document grid, headers and footers it keeps. It fills the first page's header placeholders
 * ({mark}, {number}) and writes the body in the template's styles: Title (标题), Addressee (主送机关),
 * Normal (正文) with Heading1 (一级标题) paragraphs and Heading2 (二级标题) runs, Attachment (附件说明),
 * Signature (署名), Date (成文日期), the attachments, and the 版记 as a bordered table at the bottom of
 * the last page. Text only ever comes from the data, the template and templates/messages.properties.
 */
final class DocxNotice {
    static final String TEMPLATE = "templates/notice.docx";
    static final String MARK = "{mark}";
    static final String NUMBER = "{number}";

    private static final Pattern RUN = Pattern.compile("<style fontName=\"([^\"]*)\">(.*?)</style>", Pattern.DOTALL);
    private static final int WIDTH = WordXml.WIDTH;

    private final Typesetter type;

    DocxNotice(Typesetter type) {
        this.type = type;
    }

    /**
     * Where the attachments go: a paragraph of the body POI writes, replaced in its saved XML by the
     * attachments written row by row (see {@link #write}).
     */
    private static final String ATTACHMENTS = "<w:p><w:r><w:t>{attachments}</w:t></w:r></w:p>";

    /**
     * The attachments hold a row per unit and system: with thousands of units their XML, as one string
     * and parsed into POI's document, took more memory than the rendering is given (10,000 units:
     * 800 MB). So POI writes the document with a placeholder paragraph, and the package, in its final
     * form for {@code date} ({@link WordPackage}), goes to {@code out} with the attachments written in
     * the placeholder's place row by row, in the form POI would have saved them ({@link WordXml#saved}):
     * the file is the same, byte for byte.
     */
    void write(NoticeData n, InputStream template, LocalDate date, OutputStream out) throws IOException {
        ByteArrayOutputStream withPlaceholder = new ByteArrayOutputStream();
        writeWithPlaceholder(n, template, withPlaceholder);
        WordPackage.of(withPlaceholder.toByteArray(), ATTACHMENTS, date).write(w -> attachments(w, n), out);
    }

    private void writeWithPlaceholder(NoticeData n, InputStream template, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(template)) {
            fillHeader(doc, n);
            StringBuilder body = new StringBuilder();
            body.append(p("Title", "<w:spacing w:before=\"" + titleSpace() + "\"/>", runs(escape(n.title()))));
            body.append(p("Addressee", "<w:spacing w:beforeLines=\"100\" w:before=\"579\"/>", runs(escape(n.addressees()))));
            String[] paragraphs = n.body().split("\n");
            for (int i = 0; i < paragraphs.length; i++) {
                // the last body paragraph keeps (its last lines) with the 附件说明 and the signature: a
                // flowing document cannot draw lines closer, it moves them to the signature's page
                body.append(bodyParagraph(paragraphs[i], i == paragraphs.length - 1));
            }
            body.append(p("Attachment", "<w:keepNext/><w:spacing w:beforeLines=\"100\" w:before=\"579\"/>",
                    runs(escape(Messages.text("documents.notice.attachments") + "1. " + n.commendedTitle()))));
            body.append(p("Attachment", "<w:keepNext/><w:ind w:leftChars=\"650\" w:left=\"2080\" w:hangingChars=\"150\" w:hanging=\"480\"/>",
                    runs(escape("2. " + n.summaryTitle()))));
            body.append(WordXml.signature(n.issuer(), n.date()));
            body.append(ATTACHMENTS);
            body.append(record(n));
            replaceBody(doc, body.toString());
            doc.write(out);
        }
    }

    /** Where the title starts: two lines under the red rule of the first page's header (see the template). */
    private static int titleSpace() {
        return 5940;
    }

    private void fillHeader(XWPFDocument doc, NoticeData n) {
        double markSize = type.fit(FontRole.TITLE.family(), n.mark(), 42f, Typesetter.WIDTH);
        for (XWPFHeader h : doc.getHeaderList()) {
            for (XWPFParagraph p : h.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    String t = r.getText(0);
                    if (t == null) {
                        continue;
                    }
                    if (t.contains(MARK)) {
                        r.setText(t.replace(MARK, n.mark()), 0);
                        r.setFontSize(markSize);
                    } else if (t.contains(NUMBER)) {
                        r.setText(t.replace(NUMBER, n.documentNumber()), 0);
                    }
                }
            }
        }
    }

    /** One body line of the styled body: a Hei paragraph is an 一级标题, a Kai run an 二级标题. */
    private static String bodyParagraph(String styled, boolean keepNext) {
        Matcher m = RUN.matcher(styled);
        StringBuilder runs = new StringBuilder();
        int at = 0;
        boolean heading1 = false;
        while (m.find()) {
            runs.append(runs(styled.substring(at, m.start())));
            if (m.group(1).equals(FontRole.HEI.family()) && m.start() == 0 && m.end() == styled.length()) {
                heading1 = true;
                runs.append(runs(m.group(2)));
            } else {
                runs.append(run(m.group(2), m.group(1).equals(FontRole.KAI.family()) ? "Heading2" : null));
            }
            at = m.end();
        }
        runs.append(runs(styled.substring(at)));
        return p(heading1 ? "Heading1" : "Normal", keepNext ? "<w:keepNext/>" : "", runs.toString());
    }

    /** The two attachments, texts as POI saves them ({@link WordXml#saved}). */
    private static void attachments(Writer body, NoticeData n) throws IOException {
        body.append(pageBreak());
        body.append(label(Messages.text("documents.notice.attachmentLabel", "n", 1))).append(p("Title", "<w:spacing w:beforeLines=\"100\" w:before=\"579\" w:afterLines=\"100\" w:after=\"579\"/>",
                runs(saved(n.commendedTitle()))));
        Map<String, List<CommendedUnit>> sections = new LinkedHashMap<>();
        n.commended().forEach(c -> sections.computeIfAbsent(Messages.text("documents.notice.section", "system", c.system(), "group", c.group()), k -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<CommendedUnit>> s : sections.entrySet()) {
            body.append(p("Heading1", "", runs(saved(s.getKey()))));
            List<String[]> rows = new ArrayList<>();
            rows.add(Messages.text("documents.notice.commendedColumns").split("\\|"));
            for (CommendedUnit c : s.getValue()) {
                rows.add(new String[] {Integer.toString(c.number()), c.unitName(), text(c.total()), c.grade()});
            }
            table(body, rows.iterator(), new int[] {1000, 4644, 1800, 1400}, 28, -1, false, WordXml::saved);
            if (!s.getValue().isEmpty() && s.getValue().get(0).note() != null) {
                body.append(p("Normal", "<w:snapToGrid w:val=\"0\"/>", run(saved(s.getValue().get(0).note()), null)));
            }
        }
        body.append(pageBreak());
        body.append(label(Messages.text("documents.notice.attachmentLabel", "n", 2))).append(p("Title", "<w:spacing w:beforeLines=\"100\" w:before=\"579\" w:afterLines=\"100\" w:after=\"579\"/>",
                runs(saved(n.summaryTitle()))));
        // sections hold the rows' places, not the rows: a year's summary makes each row when asked for,
        // and all of them at once would be 20,000 rows at 10,000 units
        List<SummaryRow> all = n.summary();
        Map<String, List<Integer>> summary = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            summary.computeIfAbsent(all.get(i).section(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> s : summary.entrySet()) {
            body.append(p("Heading1", "", runs(saved(s.getKey()))));
            SummaryRow first = all.get(s.getValue().get(0));
            String[] heads = {first.h1(), first.h2(), first.h3(), first.h4(), first.h5(), first.h6(), first.h7(), first.h8()};
            int cats = 0;
            while (cats < heads.length && heads[cats] != null) {
                cats++;
            }
            String[] fixed = Messages.text("documents.notice.summaryColumns").split("\\|");
            String[] head = new String[fixed.length + cats];
            System.arraycopy(fixed, 0, head, 0, 2);
            System.arraycopy(heads, 0, head, 2, cats);
            System.arraycopy(fixed, 2, head, 2 + cats, fixed.length - 2);
            int columns = cats;
            Iterator<String[]> rows = Stream.concat(Stream.<String[]>of(head), s.getValue().stream().map(all::get).map(r -> {
                BigDecimal[] c = {r.c1(), r.c2(), r.c3(), r.c4(), r.c5(), r.c6(), r.c7(), r.c8()};
                String[] row = new String[head.length];
                row[0] = r.rank();
                row[1] = r.unitName();
                for (int i = 0; i < columns; i++) {
                    row[2 + i] = text(c[i]);
                }
                row[2 + columns] = text(r.total());
                row[3 + columns] = r.grade();
                row[4 + columns] = r.veto();
                return row;
            })).iterator();
            int[] widths = new int[head.length];
            int rest = WIDTH - 600 - 1700 - 900 - 700 - 900;
            widths[0] = 600;
            widths[1] = 1700;
            for (int i = 0; i < cats; i++) {
                widths[2 + i] = rest / Math.max(1, cats);
            }
            widths[2 + cats] = 900;
            widths[3 + cats] = 700;
            widths[4 + cats] = 900;
            table(body, rows, widths, 18, -1, false, WordXml::saved);
        }
    }

    private static String label(String text) {
        return p("Heading1", "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>", runs(saved(text)));
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /**
     * The 版记 after the last attachment (GB/T 9704 7.4): a bordered table as wide as the type area, its
     * rules the table's borders, first and last 0.35 mm (w:sz 8 eighths of a point = 1 pt), the one between
     * 0.25 mm (6 = 0.75 pt); each element one character in from both ends, a line 28.95 pt. The table
     * floats (w:tblpPr) anchored to the bottom of the type area, so that in Word and WPS its last rule lies
     * on the last page's bottom edge however long the attachments are; the tiny paragraph after it is its
     * anchor. LibreOffice 7.4 lays a floating table as wide as the type area inline, after the last
     * attachment (see README).
     */
    private static String record(NoticeData n) {
        StringBuilder rows = new StringBuilder();
        if (n.copyTo() != null) {
            String list = Typesetter.ended(n.copyTo());
            String label = Messages.text("documents.notice.copyTo");
            // continuation lines align after 抄送：
            rows.append(recordRow(p("Record", "<w:ind w:left=\"" + 280 * (label.length() + 1) + "\" w:right=\"280\" w:hanging=\""
                    + 280 * label.length() + "\"/>", runs(escape(label + list)))));
        }
        rows.append(recordRow(p("Record", "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + (WIDTH - 280) + "\"/></w:tabs>",
                runs(escape(n.printer())) + "<w:r><w:tab/></w:r>" + runs(escape(n.printDate() + Messages.text("documents.notice.printed"))))));
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"RecordTable\"/>"
                + "<w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"0\" w:topFromText=\"0\" w:bottomFromText=\"0\""
                + " w:vertAnchor=\"margin\" w:horzAnchor=\"margin\" w:tblpXSpec=\"center\" w:tblpYSpec=\"bottom\"/>"
                + "<w:tblOverlap w:val=\"never\"/><w:tblW w:w=\"" + WIDTH + "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
                + WordXml.borders("single", 8, "top", "bottom") + WordXml.borders("single", 6, "insideH")
                + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\"" + WIDTH + "\"/></w:tblGrid>"
                + rows + "</w:tbl>"
                + "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
                + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>";
    }

    private static String recordRow(String paragraph) {
        return "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"" + WIDTH + "\" w:type=\"dxa\"/></w:tcPr>"
                + paragraph + "</w:tc></w:tr>";
    }
}
