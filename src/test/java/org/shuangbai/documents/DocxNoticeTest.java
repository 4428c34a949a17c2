package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.documents.NoticeStandardTest.Tolerance;
import org.shuangbai.documents.PdfLayout.Page;
import org.shuangbai.plan.Plan;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * The notice's Word document, opened in LibreOffice Writer and exported to PDF, measured against
 * the same GB/T 9704 rules as the notice PDF ({@link NoticeStandardTest}), with the looser tolerance of
 * another layout engine. LibreOffice gets the offices' font names mapped to this machine's free faces
 * (FandolFang for 仿宋_GB2312 …) by a fontconfig file of the test's own, as WPS would find the real ones.
 */
class DocxNoticeTest {
    /**
     * Known differences of LibreOffice 7.4's layout, each measured: a closing punctuation mark hangs up to
     * a character past the line's end (LibreOffice reads w:overflowPunct="0", "do not hang", the other
     * way round); the right-aligned 署名 lands up to
     * 8 pt off the date's centre; the 版记 follows the last attachment instead of sitting on the type
     * area's bottom edge; its lists reach the right edge (a paragraph's borders follow its indents).
     */
    static final Tolerance DOCX = new Tolerance(1.5, 3.0, 4.0, 0.5, 16.0, 1.0, false);

    @TempDir
    static Path dir;
    static List<Page> bundled;
    static List<Page> doubled;
    static Path bundledDocx;

    @BeforeAll
    static void render() throws Exception {
        Plan plan = Fixture.plan();
        NoticeStandardTest.plan = plan;
        bundledDocx = docx(plan, Fixture.results(plan, Fixture.SMALL), Fixture.bodyTemplate(), "bundled");
        Plan longPlan = NoticeStandardTest.longPlan(dir);
        List<String> all = longPlan.units().stream().map(u -> u.code()).toList();
        Path doubledDocx = docx(longPlan, Fixture.results(longPlan, all, 10), NoticeStandardTest.doubledTemplate(), "doubled");
        List<Path> pdfs = libreOffice(List.of(bundledDocx, doubledDocx));
        bundled = PdfLayout.read(pdfs.get(0));
        doubled = PdfLayout.read(pdfs.get(1));
    }

    static Path docx(Plan plan, org.shuangbai.scoring.Results results, String template, String name) throws Exception {
        DocumentData data = DocumentData.from(plan, results, Fixture.ledger(), Fixture.reminders(), template);
        Renderer renderer = new Renderer(new Workspace(dir.resolve(name)), FontCatalog.find(Map.of()), false,
                LocalDate.of(2010, 2, 20), "办公室");
        Path out = dir.resolve(name).resolve(name + ".docx");
        Files.createDirectories(out.getParent());
        return renderer.noticeDocx(data.notice(), out);
    }

    /** soffice --convert-to pdf with its own profile and fontconfig file; fails under CI when absent. */
    static List<Path> libreOffice(List<Path> files) throws IOException, InterruptedException {
        String soffice = org.shuangbai.intake.Soffice.binary();
        if (soffice == null) {
            assertTrue(System.getenv("CI") == null, "CI must have LibreOffice (soffice) for the DOCX check");
            assumeTrue(false, "LibreOffice (soffice) is not installed");
        }
        Path out = dir.resolve("pdf");
        Files.createDirectories(out);
        Path conf = dir.resolve("fonts.conf");
        StringBuilder aliases = new StringBuilder();
        for (String[] a : new String[][] {{"仿宋_GB2312", "FandolFang"}, {"楷体_GB2312", "FandolKai"}, {"黑体", "FandolHei"},
                {"宋体", "Noto Serif CJK SC"}, {"方正小标宋简体", "Noto Serif CJK SC SemiBold"}}) {
            aliases.append("<alias binding=\"same\"><family>").append(a[0]).append("</family><prefer><family>").append(a[1])
                    .append("</family><family>").append(a[1]).append(" R</family></prefer></alias>\n");
        }
        Files.writeString(conf, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                <dir>%s</dir>
                <cachedir>%s</cachedir>
                %s</fontconfig>
                """.formatted(FontCatalog.FANDOL_DIR, dir.resolve("fc-cache"), aliases), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString());
        files.forEach(f -> pb.command().add(f.toString()));
        pb.environment().put("FONTCONFIG_FILE", conf.toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish");
        }
        return files.stream().map(f -> out.resolve(f.getFileName().toString().replace(".docx", ".pdf"))).toList();
    }

    @Test
    void lettersAreWordDocumentsWithOneCellPerCategoryAndTheSignatureNeverAlone() throws Exception {
        Plan plan = Fixture.plan();
        DocumentData data = DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), Fixture.ledger(), Fixture.reminders(),
                Fixture.bodyTemplate());
        Renderer renderer = new Renderer(new Workspace(dir.resolve("letters")), FontCatalog.find(Map.of()), false,
                LocalDate.of(2010, 2, 20), "办公室");
        List<Path> files = new java.util.ArrayList<>();
        Files.createDirectories(dir.resolve("letters"));
        for (LetterData letter : data.letters()) {
            Path docx = renderer.letterDocx(letter, dir.resolve("letters").resolve(letter.unitCode() + ".docx"));
            files.add(docx);
            try (ZipFile zip = new ZipFile(docx.toFile())) {
                String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
                long categories = letter.rows().stream().filter(r -> r.category() != null)
                        .map(r -> r.system() + "/" + r.category()).distinct().count();
                assertEquals(categories, document.split("<w:vMerge w:val=\"restart\"/>", -1).length - 1,
                        letter.unitCode() + ": one merged 一级指标 cell per category");
            }
        }
        String office = plan.settings().office();
        for (Path pdf : libreOffice(files)) {
            List<Page> pages = PdfLayout.read(pdf);
            NoticeStandardTest.a4PagesWithEveryLineInsideTheTypeAreaOrItsFooter(pages, DOCX);
            NoticeStandardTest.pageNumbersFourHaoOneCharacterFromTheEdgeSevenMillimetresBelowTheTypeArea(pages, DOCX);
            Page last = pages.get(pages.size() - 1);
            assertTrue(!last.lines(l -> !NoticeStandardTest.isPageNumber(l) && !l.text().equals(office) && !l.text().endsWith("日"))
                    .isEmpty(), pdf + ": the last page holds only the 署名 and 成文日期");
        }
    }

    static List<List<Page>> both() {
        return List.of(bundled, doubled);
    }

    @Test
    void theDocumentIsAFlowingWordDocumentInTheTemplatesStyles() throws Exception {
        try (ZipFile zip = new ZipFile(bundledDocx.toFile())) {
            String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            String settings = new String(zip.getInputStream(zip.getEntry("word/settings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(document.contains("w:docGrid w:type=\"lines\" w:linePitch=\"579\" w:charSpace=\"-842\""), "22-line grid");
            assertTrue(!document.contains("w:framePr"), "nothing placed on the page in the body: it flows");
            for (String style : List.of("Title", "Addressee", "Heading1", "Attachment", "Signature", "Date", "Record")) {
                assertTrue(document.contains("w:pStyle w:val=\"" + style + "\""), style);
            }
            assertTrue(settings.contains("<w:evenAndOddHeaders/>"));
            for (String font : List.of("仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体")) {
                assertTrue(styles.contains("w:eastAsia=\"" + font + "\""), font);
            }
        }
    }

    /** XPath over a part of the bundled notice's DOCX, with w: bound. */
    static String xpath(String part, String expression) throws IOException {
        try (ZipFile zip = new ZipFile(bundledDocx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
            JAXPXPathEngine engine = new JAXPXPathEngine();
            engine.setNamespaceContext(Map.of("w", WordXml.W));
            return engine.evaluate(expression, Input.fromString(xml).build());
        }
    }

    /**
     * What Word and WPS do with the DOCX and LibreOffice 7.4 does not show (README, "The Word documents"):
     * the 版记 a table floating on the bottom of the type area, its rules the table's borders.
     */
    @Test
    void theRecordIsABorderedTableFloatingOnTheBottomOfTheTypeArea() throws Exception {
        String table = "//w:tbl[w:tblPr/w:tblStyle/@w:val='RecordTable']";
        assertEquals("1", xpath("word/document.xml", "count(" + table + ")"));
        assertEquals("margin|bottom|margin|center", xpath("word/document.xml", "concat(" + table + "/w:tblPr/w:tblpPr/@w:vertAnchor, '|', "
                + table + "/w:tblPr/w:tblpPr/@w:tblpYSpec, '|', " + table + "/w:tblPr/w:tblpPr/@w:horzAnchor, '|', "
                + table + "/w:tblPr/w:tblpPr/@w:tblpXSpec)"));
        assertEquals("8844", xpath("word/document.xml", "string(" + table + "/w:tblPr/w:tblW/@w:w)"), "as wide as the type area");
        assertEquals("8|8|6", xpath("word/document.xml", "concat(" + table + "//w:tblBorders/w:top/@w:sz, '|', " + table
                + "//w:tblBorders/w:bottom/@w:sz, '|', " + table + "//w:tblBorders/w:insideH/@w:sz)"), "0.35 / 0.25 / 0.35 mm rules");
        assertEquals("true", xpath("word/document.xml", "boolean(" + table + "/following-sibling::*[1][self::w:p])"),
                "the anchor paragraph follows it");
        assertEquals("w:sectPr", xpath("word/document.xml", "name(" + table + "/following-sibling::*[2])"), "at the document's end");
    }

    /**
     * Hanging punctuation off for Word and WPS (w:overflowPunct="0": a closing mark never passes the
     * line's end; with line-breaking rules (kinsoku) on, it takes a character along to the next line).
     * LibreOffice 7.4 reads the attribute inverted (writerfilter maps overflowPunct="0" to hanging
     * punctuation ON), which is the named {@code hang} deviation of {@link #DOCX}.
     */
    @Test
    void hangingPunctuationIsOffAndLineBreakingRulesOn() throws Exception {
        assertEquals("0|0", xpath("word/styles.xml", "concat(//w:pPrDefault//w:overflowPunct/@w:val, '|', "
                + "//w:style[@w:styleId='Normal']/w:pPr/w:overflowPunct/@w:val)"));
        assertEquals("0", xpath("word/styles.xml", "count(//w:kinsoku[@w:val='0' or @w:val='false'])"), "kinsoku never off");
        assertEquals("0", xpath("word/document.xml", "count(//w:kinsoku[@w:val='0' or @w:val='false'] | //w:overflowPunct[@w:val='1'])"));
    }

    /**
     * The 22 × 28 grid: 22 lines of 579 twips in the 225 mm type area; 28 characters to the 156 mm line
     * from the body's character spacing (16 pt less a quarter point = 15.75 pt), which every suite
     * honours. w:charSpace still says the pitch (15.79 pt: 16 pt − 842/4096) for a user who switches the
     * grid to characters. The grid is "lines", not "linesAndChars": LibreOffice 7.4 sets a character
     * wider than the character pitch in two grid cells (measured: 14 characters a line; README).
     */
    @Test
    void theGridIs22LinesWithCharacterSpacingFor28Characters() throws Exception {
        assertEquals("lines|579|-842", xpath("word/document.xml", "concat(//w:sectPr/w:docGrid/@w:type, '|', "
                + "//w:sectPr/w:docGrid/@w:linePitch, '|', //w:sectPr/w:docGrid/@w:charSpace)"));
        assertEquals("32|-5", xpath("word/styles.xml", "concat(//w:rPrDefault//w:sz/@w:val, '|', //w:rPrDefault//w:spacing/@w:val)"));
        double pitch = 16 - 0.25;
        assertEquals(28, (int) (WordXml.WIDTH / 20.0 / pitch), "28 characters of 15.75 pt to 442.2 pt");
        assertEquals(22, (int) (DocxTemplate.tw(225) / 579.0), "22 lines of 579 twips to 225 mm");
    }

    @Test
    void theCommittedTemplateIsTheOneTheWriterMakes() throws Exception {
        assertArrayEquals(DocxTemplate.bytes(), Files.readAllBytes(Path.of(DocxTemplate.FILE)),
                "templates/notice.docx differs from DocxTemplate: run its main to rewrite it");
    }

    @Test
    void a4PagesWithEveryLineInsideTheTypeAreaOrItsFooter() {
        both().forEach(doc -> NoticeStandardTest.a4PagesWithEveryLineInsideTheTypeAreaOrItsFooter(doc, DOCX));
    }

    @Test
    void fullBodyPagesHold22LinesOf28CharactersOnTheGrid() {
        both().forEach(doc -> NoticeStandardTest.fullBodyPagesHold22LinesOf28CharactersOnTheGrid(doc, DOCX));
    }

    @Test
    void versionHeadMarkNumberRedRuleTitleAndAddressees() {
        both().forEach(doc -> NoticeStandardTest.versionHeadMarkNumberRedRuleTitleAndAddressees(doc, DOCX));
    }

    @Test
    void pageNumbersFourHaoOneCharacterFromTheEdgeSevenMillimetresBelowTheTypeArea() {
        both().forEach(doc -> NoticeStandardTest.pageNumbersFourHaoOneCharacterFromTheEdgeSevenMillimetresBelowTheTypeArea(doc, DOCX));
    }

    @Test
    void signatureStaysWithTheBodyDateFourCharactersInIssuerCentredOnIt() {
        both().forEach(doc -> NoticeStandardTest.signatureStaysWithTheBodyDateFourCharactersInIssuerCentredOnIt(doc, DOCX));
    }

    @Test
    void recordOnTheLastPageInsideTheTypeArea() {
        both().forEach(doc -> NoticeStandardTest.recordOnTheLastPageInsideTheTypeArea(doc, DOCX));
        assertEquals(2, both().size());
    }
}
