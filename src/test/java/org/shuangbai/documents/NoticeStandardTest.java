package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.documents.PdfLayout.BOTTOM;
import static org.shuangbai.documents.PdfLayout.LEFT;
import static org.shuangbai.documents.PdfLayout.MM;
import static org.shuangbai.documents.PdfLayout.RIGHT;
import static org.shuangbai.documents.PdfLayout.TOP;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.documents.PdfLayout.Line;
import org.shuangbai.documents.PdfLayout.Page;
import org.shuangbai.documents.PdfLayout.Rule;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * GB/T 9704-2012, rule by rule, measured on the rendered notice PDF (text and rule positions read
 * back with PDFBox, never taken from the design): with the bundled plan, and with a plan whose
 * texts are twice as long (a wrapping title, a two-line 抄送, every body paragraph twice, 40
 * commended units). Positions in points from the page's top-left; "下空 N 行" is measured from an
 * element's bottom (a rule, or a line's em bottom) to the next em top: N lines plus the gap between
 * two body lines ({@link Typesetter#blankLines(float)}).
 */
class NoticeStandardTest {
    static final double PITCH = Typesetter.PITCH;
    static final double BODY = Typesetter.BODY;
    static final double WIDTH_28 = PdfLayout.WIDTH / 28;
    static final String CLOSING = "，。、；：？！）》」』”’〕】";
    /**
     * How far a measure may stray: {@code edge} for a left or right edge (the designs sit on whole
     * points: 79 pt is 27.87 mm, the type area's edge 28 mm), {@code place} for a position the standard
     * gives in mm, {@code gap} for "下空 N 行", {@code pitch} for the line pitch, {@code hang} for a closing
     * punctuation mark hanging past the line's end, {@code centre} for the 署名 centred on the date;
     * {@code exact}: the PDF's own layout, where the 版记's last rule lies on the type area's bottom edge,
     * its lists end one character from the right edge and the page before the signature is full. A Word document laid
     * out by LibreOffice places lines on its own grid and gets wider ones (DocxNoticeTest).
     */
    record Tolerance(double edge, double place, double gap, double pitch, double hang, double centre, boolean exact) {
    }

    static final Tolerance PDF = new Tolerance(0.8, 1.0, 2.0, 0.3, 0, 1.0, true);

    @TempDir
    static Path dir;
    static List<Page> bundled;
    static List<Page> doubled;
    static Plan plan;
    static Plan longPlan;

    @BeforeAll
    static void render() throws Exception {
        plan = Fixture.plan();
        bundled = notice(plan, Fixture.results(plan, Fixture.SMALL), Fixture.bodyTemplate(), "bundled");
        longPlan = longPlan(dir);
        List<String> all = longPlan.units().stream().map(u -> u.code()).toList();
        doubled = notice(longPlan, Fixture.results(longPlan, all, 10), doubledTemplate(), "doubled");
    }

    /** The bundled body template with every paragraph's text written twice (numbering once). */
    static String doubledTemplate() throws Exception {
        return Fixture.bodyTemplate().lines()
                .map(l -> l.startsWith("#") || l.isBlank() ? l : l + l.replaceFirst("^(（[^）]*）|[一二三四五六七八九十]+、)", ""))
                .collect(Collectors.joining("\n"));
    }

    /** The bundled plan with the notice's texts twice as long. */
    static Plan longPlan(Path dir) throws Exception {
        Path copy = dir.resolve("long-plan");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path settings = copy.resolve("settings.properties");
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(settings, StandardCharsets.UTF_8)) {
            for (String key : List.of("notice.title", "notice.addressees", "notice.copy-to")) {
                if (l.startsWith(key + " =")) {
                    String value = l.substring(l.indexOf('=') + 1).trim();
                    l = key + " = " + value + (key.equals("notice.title") ? "及" : "，") + value;
                }
            }
            lines.add(l);
        }
        Files.write(settings, lines, StandardCharsets.UTF_8);
        return PlanLoader.load(copy);
    }

    static List<Page> notice(Plan plan, org.shuangbai.scoring.Results results, String template, String name)
            throws Exception {
        DocumentData data = DocumentData.from(plan, results, Fixture.ledger(), Fixture.reminders(), template);
        Renderer renderer = new Renderer(new Workspace(dir.resolve(name)), FontCatalog.find(Map.of()), false,
                LocalDate.of(2010, 2, 20), "办公室");
        Path pdf = dir.resolve(name + ".pdf");
        renderer.pdf(renderer.reports().notice(data.notice()), pdf, "t");
        return PdfLayout.read(pdf);
    }

    static List<List<Page>> both() {
        return List.of(bundled, doubled);
    }

    @Test
    void a4PagesWithEveryLineInsideTheTypeAreaOrItsFooter() {
        for (List<Page> doc : both()) {
            a4PagesWithEveryLineInsideTheTypeAreaOrItsFooter(doc, PDF);
        }
    }

    @Test
    void versionHeadMarkNumberRedRuleTitleAndAddressees() {
        for (List<Page> doc : both()) {
            versionHeadMarkNumberRedRuleTitleAndAddressees(doc, PDF);
        }
        assertTrue(doubled.get(0).lines(l -> Math.abs(l.size() - 22) < 0.1).size() >= 3, "the doubled title wraps");
    }

    @Test
    void fullBodyPagesHold22LinesOf28CharactersOnTheGrid() {
        for (List<Page> doc : both()) {
            fullBodyPagesHold22LinesOf28CharactersOnTheGrid(doc, PDF);
        }
    }

    @Test
    void pageNumbersFourHaoOneCharacterFromTheEdgeSevenMillimetresBelowTheTypeArea() {
        for (List<Page> doc : both()) {
            pageNumbersFourHaoOneCharacterFromTheEdgeSevenMillimetresBelowTheTypeArea(doc, PDF);
        }
    }

    @Test
    void signatureStaysWithTheBodyDateFourCharactersInIssuerCentredOnIt() {
        for (List<Page> doc : both()) {
            signatureStaysWithTheBodyDateFourCharactersInIssuerCentredOnIt(doc, PDF);
        }
    }

    @Test
    void recordOnTheLastPageInsideTheTypeArea() {
        for (List<Page> doc : both()) {
            recordOnTheLastPageInsideTheTypeArea(doc, PDF);
        }
        assertTrue(doubled.get(doubled.size() - 1).lines(l -> l.size() == 14 && !isPageNumber(l)).size() >= 3,
                "the doubled 抄送 wraps");
    }

    static void a4PagesWithEveryLineInsideTheTypeAreaOrItsFooter(List<Page> doc, Tolerance t) {
        for (Page p : doc) {
            assertEquals(595, p.width(), 0.5);
            assertEquals(842, p.height(), 0.5);
            for (Line l : p.lines()) {
                if (l.size() > 40) {
                    continue; // the sample watermark
                }
                double hang = CLOSING.indexOf(l.text().charAt(l.text().length() - 1)) >= 0 ? t.hang() : 0;
                assertTrue(l.left() >= LEFT - t.edge() && l.right() <= RIGHT + t.edge() + hang, () -> "page " + p.number() + ": " + l);
                assertTrue(l.emTop() >= TOP - t.place() && (l.emBottom() <= BOTTOM + t.place() || isPageNumber(l)),
                        () -> "page " + p.number() + ": " + l);
            }
        }
    }

    static void versionHeadMarkNumberRedRuleTitleAndAddressees(List<Page> doc, Tolerance t) {
        Page p = doc.get(0);
        Line mark = p.line(plan.settings().notice().mark());
        assertEquals(35 * MM, mark.emTop() - TOP, t.place(), "发文机关标志 35 mm below the type area's top: " + mark);
        assertEquals((LEFT + RIGHT) / 2, mark.centre(), t.edge(), "mark centred");
        Line number = p.line(plan.settings().notice().documentNumber());
        assertEquals(Typesetter.blankLines(2), number.emTop() - mark.emBottom(), t.gap(), "发文字号 two lines below the mark");
        assertEquals((LEFT + RIGHT) / 2, number.centre(), t.edge(), "number centred");
        Rule red = p.horizontalRules().stream().filter(r -> (r.rgb() & 0xFFFFFF) == 0xE60012).findFirst()
                .orElseThrow(() -> new AssertionError("no red rule on page 1"));
        assertEquals(LEFT, red.left(), t.edge());
        assertEquals(RIGHT, red.right(), t.edge(), "red rule as wide as the type area");
        assertEquals(4 * MM, red.y() - number.emBottom(), t.place(), "red rule 4 mm below the number");
        List<Line> title = p.lines(l -> l.emTop() > red.y() && Math.abs(l.size() - 22) < 0.1);
        assertFalse(title.isEmpty(), "a 22 pt (二号) title");
        assertEquals(Typesetter.blankLines(2), title.get(0).emTop() - red.y(), t.gap(), "title two lines below the rule");
        for (Line line : title) {
            assertEquals((LEFT + RIGHT) / 2, line.centre(), t.edge(), "title lines centred: " + line);
        }
        Line to = p.lines(l -> l.emTop() > title.get(title.size() - 1).emBottom() && l.size() < 20).get(0);
        assertEquals(Typesetter.blankLines(1), to.emTop() - title.get(title.size() - 1).emBottom(), t.gap(),
                "主送机关 one line below the title: " + to);
        assertEquals(LEFT, to.left(), t.edge(), "主送机关 flush left");
    }

    static void fullBodyPagesHold22LinesOf28CharactersOnTheGrid(List<Page> doc, Tolerance t) {
        int signature = doc.stream().filter(p -> p.has("附件：")).findFirst().orElseThrow().number();
        assertTrue(signature >= 3, "the body runs over full pages");
        // a flowing document keeps the body's last lines with the signature by moving them over
        for (Page p : doc.subList(1, Math.max(1, t.exact() ? signature - 1 : signature - 2))) {
            List<Line> body = bodyLines(p);
            assertEquals(22, body.size(), () -> "page " + p.number() + " lines: " + body);
            assertEquals(TOP, body.get(0).emTop(), t.place(), "first line at the type area's top, page " + p.number());
            for (int i = 1; i < body.size(); i++) {
                assertEquals(PITCH, body.get(i).baseline() - body.get(i - 1).baseline(), t.pitch(),
                        "pitch on page " + p.number() + " before " + body.get(i));
            }
        }
        List<Double> gaps = new ArrayList<>();
        for (Page p : doc.subList(0, signature)) {
            // page 1: below the 版头
            double from = p.number() > 1 ? 0 : p.horizontalRules().stream().filter(r -> (r.rgb() & 0xFFFFFF) == 0xE60012)
                    .mapToDouble(Rule::y).findFirst().orElse(0);
            for (Line l : bodyLines(p).stream().filter(l -> l.baseline() > from).toList()) {
                boolean shortLine = l.right() < RIGHT - 2 * BODY;
                for (int i = 1; i < l.glyphs().size(); i++) {
                    if (l.glyphs().get(i - 1).text().codePointAt(0) >= 0x3000 && l.glyphs().get(i).text().codePointAt(0) >= 0x3000) {
                        double gap = l.glyphs().get(i).x() - l.glyphs().get(i - 1).x();
                        gaps.add(gap);
                        // a heading or a paragraph's last line is set at the pitch, never spread over the line
                        assertTrue(!shortLine || gap < WIDTH_28 + 1, () -> "short line spread: " + l);
                    }
                }
                assertTrue(CLOSING.indexOf(l.text().charAt(0)) < 0, () -> "closing punctuation opens a line: " + l);
            }
        }
        // 28 characters to the 156 mm line: characters follow one another 15.75 to 15.79 pt apart
        double median = gaps.stream().sorted().toList().get(gaps.size() / 2);
        assertEquals(WIDTH_28, median, 0.1, "character pitch");
    }

    static void pageNumbersFourHaoOneCharacterFromTheEdgeSevenMillimetresBelowTheTypeArea(List<Page> doc, Tolerance t) {
        for (Page p : doc) {
            Line n = p.lines(NoticeStandardTest::isPageNumber).stream().findFirst().orElseThrow(() -> new AssertionError("no page number on page " + p.number()));
            assertEquals("—" + p.number() + "—", n.text().replace(" ", ""));
            assertEquals(14, n.size(), 0.1, "四号");
            if (p.number() % 2 == 1) {
                assertEquals(RIGHT - 14, n.right(), t.edge(), "odd page: right, one character in");
            } else {
                assertEquals(LEFT + 14, n.left(), t.edge(), "even page: left, one character in");
            }
            double dash = n.glyphs().get(0).inkTop();
            assertEquals(7 * MM, dash - BOTTOM, t.place(), "一字线 7 mm below the type area, page " + p.number());
        }
    }

    static void signatureStaysWithTheBodyDateFourCharactersInIssuerCentredOnIt(List<Page> doc, Tolerance t) {
        String issuer = plan.settings().notice().issuer();
        Page p = doc.stream().filter(x -> x.has(issuer) && x.has("年") && x.has("附件：")).findFirst()
                .orElseThrow(() -> new AssertionError("no page holds the 附件说明 and the 署名"));
        Line attachment = p.line("附件：");
        // the space is adjusted instead (7.3.5.5); a page marked "此页无正文" is no remedy
        assertTrue(doc.stream().noneMatch(x -> x.has("此页无正文")), "no page says 此页无正文");
        List<Line> above = p.lines(l -> l.baseline() < attachment.baseline() && l.size() < 20);
        assertFalse(above.isEmpty(), "page " + p.number() + " holds body text above the 附件说明 (7.3.5.5)");
        assertEquals(LEFT + 2 * BODY, attachment.left(), t.edge() + 0.2, "附件 two characters in");
        Line second = p.line("2.");
        assertEquals(attachment.glyphs().get(3).x(), second.left(), 0.6, "2. under 1.");
        Line signature = p.lines(l -> l.text().equals(issuer)).get(0);
        Line date = p.lines(l -> l.baseline() > signature.baseline() && l.text().endsWith("日")).get(0);
        assertEquals(4 * BODY, RIGHT - date.right(), t.place(), "成文日期 右空四字");
        assertEquals(date.centre(), signature.centre(), t.centre(), "署名 centred on the date");
        double pitch = above.size() > 1 ? above.get(above.size() - 1).baseline() - above.get(above.size() - 2).baseline() : PITCH;
        assertEquals(pitch, date.baseline() - signature.baseline(), t.place(), "date on the next line");
        assertEquals(Typesetter.blankLines(1, (float) pitch), signature.emTop() - p.line("2.").emBottom(), t.gap(),
                "署名 one line below the 附件说明");
    }

    static void recordOnTheLastPageInsideTheTypeArea(List<Page> doc, Tolerance t) {
        Page p = doc.get(doc.size() - 1);
        List<Rule> rules = p.horizontalRules().stream().filter(r -> r.length() > 400 && r.width() > 0.6 && (r.rgb() & 0xFFFFFF) == 0).toList();
        assertEquals(3, rules.size(), () -> "three 版记 rules: " + rules);
        rules.forEach(r -> assertEquals(LEFT, r.left(), t.edge()));
        rules.forEach(r -> assertEquals(RIGHT, r.right(), t.edge()));
        if (t.exact()) {
            assertEquals(BOTTOM, rules.get(2).y(), t.place(), "the last rule on the type area's bottom edge");
        }
        assertEquals(0.35 * MM, rules.get(0).width(), 0.15, "first rule 0.35 mm");
        assertEquals(0.25 * MM, rules.get(1).width(), 0.1, "middle rule 0.25 mm");
        assertEquals(0.35 * MM, rules.get(2).width(), 0.15, "last rule 0.35 mm");
        List<Line> copyTo = p.lines(l -> l.baseline() > rules.get(0).y() && l.baseline() < rules.get(1).y());
        assertTrue(copyTo.get(0).text().startsWith("抄送："), copyTo::toString);
        assertEquals(LEFT + 14, copyTo.get(0).left(), t.edge(), "抄送 one character in");
        for (Line l : copyTo) {
            assertEquals(14, l.size(), 0.1, "四号");
            double hang = CLOSING.indexOf(l.text().charAt(l.text().length() - 1)) >= 0 ? t.hang() : 0;
            assertTrue(l.right() <= RIGHT - 14 + t.edge() + hang, () -> "右空一字: " + l);
        }
        for (Line l : copyTo.subList(1, copyTo.size())) {
            assertEquals(LEFT + 14 + 3 * 14, l.left(), t.edge(), "continuation aligned after 抄送：");
        }
        String all = copyTo.stream().map(Line::text).collect(Collectors.joining());
        assertTrue(all.endsWith("。"), all);
        Line printed = p.lines(l -> l.baseline() > rules.get(1).y() && l.baseline() < rules.get(2).y()).get(0);
        assertEquals(LEFT + 14, printed.left(), t.edge(), "印发机关 one character in");
        assertEquals(RIGHT - 14, printed.right(), t.edge(), "印发日期 one character in");
        assertTrue(printed.text().replace(" ", "").endsWith("2010年2月20日印发"), printed::toString);
    }

    /** Body text: 三号 lines (the title's 22 pt and the 4号 版记 and page numbers excluded). */
    static List<Line> bodyLines(Page p) {
        // 三号 is 15.75 pt in the PDF (28 to the line), 16 pt less 0.25 pt spacing in the Word document
        return p.lines(l -> l.size() > BODY - 0.1 && l.size() < 16.1 && !isPageNumber(l));
    }

    static boolean isPageNumber(Line l) {
        return l.text().replace(" ", "").matches("—\\d+—");
    }
}
