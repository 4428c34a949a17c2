package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

/** The rendered files themselves, read back with poppler's tools (pdffonts, pdftotext, pdfinfo). */
class PdfOutputTest {
    @TempDir
    static Path dir;
    static Plan plan;
    static DocumentData data;
    static Renderer renderer;
    static List<Path> files;

    @BeforeAll
    static void render() throws Exception {
        plan = Fixture.plan();
        data = DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), Fixture.ledger(), Fixture.reminders(),
                Fixture.bodyTemplate());
        renderer = new Renderer(new Workspace(dir), FontCatalog.find(Map.of()), false, LocalDate.of(2010, 2, 20), "办公室");
        files = renderer.render(data);
    }

    static Path reports() {
        return dir.resolve("output").resolve("reports");
    }

    static Path notice() {
        return reports().resolve("01_考核结果通报.pdf");
    }

    static Path letter(String code) {
        return files.stream().filter(f -> f.getFileName().toString().startsWith(code + "_")
                && f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }

    @Test
    void writesEveryDocument() {
        assertEquals(10 + 2 * 6, files.size());
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), f::toString);
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        for (Path pdf : List.of(notice(), letter("S02"), reports().resolve("05_挂帐问题汇总表.pdf"))) {
            List<String> lines = run("pdffonts", pdf.toString()).lines().skip(2).toList();
            assertTrue(lines.size() >= 3, () -> pdf + ": " + lines);
            for (String line : lines) {
                // name type encoding emb sub uni object ID: emb is the fourth column from the right
                String[] cols = line.trim().split("\\s+");
                assertEquals("yes", cols[cols.length - 5], () -> pdf + " has a font not embedded: " + line);
                assertTrue(!line.contains("Helvetica") && !line.contains("Times"), () -> pdf + ": " + line);
            }
        }
    }

    @Test
    void everyPdfDrawsCleanlyInASecondRenderer() throws Exception {
        // Cairo refuses a broken embedded face ("could not create cid face") where Splash quietly
        // draws wrong glyphs: both the notice and the table documents must pass it.
        require(onPath("pdftocairo"), "pdftocairo (poppler-utils) is not installed");
        for (Path pdf : List.of(notice(), letter("S02"), reports().resolve("04_催报名单.pdf"),
                reports().resolve("05_挂帐问题汇总表.pdf"))) {
            String out = run("pdftocairo", "-png", "-r", "20", "-f", "1", "-l", "1", pdf.toString(),
                    dir.resolve("cairo").toString());
            assertTrue(out.isBlank(), pdf.getFileName() + ": " + out);
        }
    }

    @Test
    void noticeDocxOpensInLibreOfficeWriterWithItsText() throws Exception {
        // The DOCX is for last edits in WPS or Word: it must open in a real office suite and keep the text.
        Path docx = reports().resolve("01_考核结果通报.docx");
        Path pdf = org.shuangbai.intake.Soffice.convert(List.of(docx), "pdf", dir.resolve("docx-check")).get(0);
        String text = run("pdftotext", pdf.toString(), "-").replaceAll("\\s+", "");
        var n = plan.settings().notice();
        assertTrue(text.contains(n.documentNumber()), "document number");
        assertTrue(text.contains("朝外街道办事处"), "a commended unit");
        assertTrue(text.contains("抄送"), "版记");
    }

    @Test
    void noticeHoldsTitleNumberAddresseesAndCommendedUnits() throws Exception {
        String text = run("pdftotext", "-layout", notice().toString(), "-").replaceAll("\\s+", "");
        var n = plan.settings().notice();
        assertTrue(text.contains(n.title().replaceAll("\\s+", "")), "title");
        assertTrue(text.contains(n.documentNumber()), "document number");
        assertTrue(text.contains(n.addressees() + "："), "addressees ending with a full-width colon");
        assertTrue(text.contains(n.mark()), "issuing office's mark");
        for (String unit : List.of("朝外街道办事处", "区发展改革委")) {
            assertTrue(text.contains(unit), unit);
        }
        assertTrue(text.contains("抄送：" + n.copyTo() + "。"), "版记 抄送, ending with 。");
        assertTrue(text.contains("2010年2月20日印发"), "版记 印发日期");
        assertTrue(text.contains("—1—") && text.contains("—2—"), "page numbers");
    }

    @Test
    void letterHoldsItsTotalsRankAndVeto() throws Exception {
        String text = run("pdftotext", letter("S02").toString(), "-").replaceAll("\\s+", "");
        LetterData s02 = data.letters().stream().filter(l -> l.unitCode().equals("S02")).findFirst().orElseThrow();
        assertTrue(text.contains("劲松街道办事处："), "salutation");
        for (String result : s02.rows().stream().map(LetterRow::systemResult).distinct().toList()) {
            assertTrue(text.contains(result.replaceAll("\\s+", "")), result);
        }
        assertTrue(text.contains("取消评优资格"), "veto effect");
    }

    @Test
    void letterChartIsDrawnAsTextAndLinesInTheEmbeddedFonts() throws Exception {
        // The chart is drawn into the page (sharp at any print resolution), not put in as a picture:
        // no image for pdfimages to list, its labels are text in the letter's embedded fonts (checked
        // in everyFontIsEmbedded), and no glyph is drawn from an outline font made up on the spot.
        Path pdf = letter("S02");
        assertEquals(List.of(), run("pdfimages", "-list", pdf.toString()).lines().skip(2).toList());
        assertTrue(run("pdffonts", pdf.toString()).lines().noneMatch(l -> l.contains("Type 3")));
        int last = Integer.parseInt(run("pdfinfo", pdf.toString()).replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
        // As written, not normalised: the labels carry no ActualText, so this also checks that the fonts'
        // ToUnicode gives 理 and 行 themselves, not their lookalikes U+F9E4, U+FA08 or U+2F8F (CompactCmaps).
        List<String> page = run("pdftotext", "-f", "" + last, "-l", "" + last, pdf.toString(), "-").lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        LetterData s02 = data.letters().stream().filter(l -> l.unitCode().equals("S02")).findFirst().orElseThrow();
        for (ChartRow bar : s02.chart()) {
            assertTrue(page.contains(bar.category()), () -> bar.category() + " not among " + page);
            assertTrue(page.contains(bar.series()), () -> bar.series() + " not among " + page);
        }
        assertTrue(page.containsAll(List.of("0", "10", "20")), () -> "value axis ticks not among " + page);
    }

    @Test
    void noticeIsA4() throws Exception {
        // every GB/T 9704 rule is measured on the PDF in NoticeStandardTest
        assertTrue(run("pdfinfo", notice().toString()).matches("(?s).*Page size:\\s+595 x 842 pts.*"));
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        Path other = dir.resolve("again");
        Renderer again = new Renderer(new Workspace(other), FontCatalog.find(Map.of()), false, LocalDate.of(2010, 2, 20), "办公室");
        List<Path> second = again.render(data);
        assertEquals(files.size(), second.size());
        for (int i = 0; i < files.size(); i++) {
            Path a = files.get(i);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(second.get(i)), () -> a + " differs between runs");
        }
        String info = run("pdfinfo", notice().toString());
        assertTrue(info.contains("2010"), "creation date is the notice date: " + info);
    }

    static String run(String... command) throws IOException, InterruptedException {
        require(onPath(command[0]), command[0] + " (poppler-utils) is not installed; skipping");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> String.join(" ", command) + ": " + out);
        return out;
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
