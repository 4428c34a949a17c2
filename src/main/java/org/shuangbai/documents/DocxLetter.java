package org.shuangbai.documents;

import static org.shuangbai.documents.WordXml.p;
import static org.shuangbai.documents.WordXml.replaceBody;
import static org.shuangbai.documents.WordXml.runs;
import static org.shuangbai.documents.WordXml.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.shuangbai.text.Messages;

/**
 * A unit's 考核结果通知书 as a flowing Word document, in the notice's template (its styles, page setup
 * and page numbers; the 版头 of the notice's first page is left out): the scores of each system in a
 * table whose 一级指标 column is one merged cell per category, the vetoes, the open ledger items, the
 * category scores beside the group's averages, and the signature kept with that last table so that it
 * never stands alone on a page.
 */
final class DocxLetter {
    private static final int SMALL = 18; // 9 pt in half points

    /** Where a letter's body goes in {@link #skeleton}. */
    private static final String BODY = "<w:p><w:r><w:t>{letter}</w:t></w:r></w:p>";

    private DocxLetter() {
    }

    /**
     * The letters' package: the template as POI writes it for a letter, with a placeholder for its body.
     * Letters differ only in their body, so each is this package ({@link #letters}) with the body written
     * in the placeholder's place, in the form POI would have saved it ({@link WordXml.SavedTexts}): the
     * same file, byte for byte, without parsing the template, the body and the package's parts per
     * letter and saving them again (a sixth of the demo's CPU went there).
     */
    private static byte[] skeleton(InputStream template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        throughPoi(BODY, template, out);
        return out.toByteArray();
    }

    /**
     * The letters' package ({@link #skeleton}) in its final form for {@code date}: the package of every
     * document that is the template's page with a body of its own ({@link BodyDocx}).
     */
    static WordPackage letters(InputStream template, LocalDate date) throws IOException {
        return WordPackage.of(skeleton(template), BODY, date);
    }

    /** A document of the template holding only {@code body} (its texts {@link WordXml#escape escaped}), through POI. */
    static void throughPoi(String body, InputStream template, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(template)) {
            WordXml.noFirstPageHeader(doc); // a letter has no 版头
            replaceBody(doc, body);
            doc.write(out);
        }
    }

    /** The body's paragraphs and tables, texts as {@code text} writes them ({@link WordXml#escape escaped}, or saved). */
    static String body(LetterData letter, UnaryOperator<String> text) {
        StringBuilder body = new StringBuilder(1 << 16);
        body.append(p("Title", "", runs(text.apply(letter.title()))));
        body.append(p("Addressee", "<w:spacing w:beforeLines=\"100\" w:before=\"579\"/>", runs(text.apply(letter.salutation()))));
        body.append(p("Normal", "", runs(text.apply(letter.intro()))));
        Map<String, List<LetterRow>> systems = new LinkedHashMap<>();
        letter.rows().forEach(r -> systems.computeIfAbsent(r.system(), k -> new ArrayList<>()).add(r));
        for (List<LetterRow> rows : systems.values()) {
            body.append(p("Heading1", "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>", runs(text.apply(rows.get(0).system()))));
            body.append(p("Normal", "", WordXml.run(text.apply(rows.get(0).systemResult()), "Heading2")));
            if (rows.get(0).indicator() == null) {
                continue;
            }
            List<String[]> table = new ArrayList<>();
            table.add(Messages.text("documents.letter.columns").split("\\|"));
            for (LetterRow r : rows) {
                table.add(new String[] {r.category(), r.number(), r.indicator(), text(r.max()), text(r.self()),
                        text(r.score()), r.difference(), r.notes()});
            }
            table(body, table, new int[] {1300, 500, 2344, 700, 800, 900, 700, 1600}, SMALL, 0, false, text);
        }
        if (!letter.vetoes().isEmpty()) {
            body.append(heading(text, Messages.text("documents.letter.vetoHeading")));
            List<String[]> table = new ArrayList<>();
            table.add(Messages.text("documents.letter.vetoColumns").split("\\|"));
            letter.vetoes().forEach(v -> table.add(new String[] {v.system(), v.situation(), v.effect(), v.explanation()}));
            table(body, table, new int[] {1300, 4344, 1200, 2000}, SMALL, -1, false, text);
        }
        body.append(heading(text, Messages.text("documents.letter.itemsHeading")));
        if (letter.openItems().isEmpty()) {
            body.append(p("Normal", "", runs(text.apply(Messages.text("documents.letter.none")))));
        } else {
            List<String[]> table = new ArrayList<>();
            table.add(Messages.text("documents.letter.itemColumns").split("\\|"));
            letter.openItems().forEach(i -> table.add(new String[] {i.number(), i.problem(), i.category(), i.opinion(),
                    i.deadline() + (i.overdue() ? Messages.text("documents.letter.overdue") : ""), i.department(), i.status()}));
            table(body, table, new int[] {600, 2600, 1000, 2000, 1100, 900, 644}, SMALL, -1, false, text);
        }
        // the last table keeps with the signature: its rows, its heading and the two lines move together
        body.append(p("Heading1", "<w:keepNext/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>",
                runs(text.apply(Messages.text("documents.letter.chartHeading")))));
        Map<String, BigDecimal[]> chart = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ChartRow c : letter.chart()) {
            // per category the unit's value comes first, its group's average second (DocumentData)
            int at = seen.merge(c.category(), 1, Integer::sum) - 1;
            chart.computeIfAbsent(c.category(), k -> new BigDecimal[2])[Math.min(at, 1)] = c.value();
        }
        List<String[]> table = new ArrayList<>();
        table.add(Messages.text("documents.letter.chartColumns", "group", letter.group()).split("\\|"));
        chart.forEach((category, v) -> table.add(new String[] {category, text(v[0]), text(v[1])}));
        table(body, table, new int[] {4844, 2000, 2000}, SMALL, -1, true, text);
        body.append(WordXml.signature(letter.issuer(), letter.date(), text));
        return body.toString();
    }

    private static String heading(UnaryOperator<String> text, String heading) {
        return p("Heading1", "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>", runs(text.apply(heading)));
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
