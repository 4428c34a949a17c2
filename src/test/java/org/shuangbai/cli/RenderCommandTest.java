package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shuangbai.MachineRequirement.require;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.Renderer;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/** `render` through the command line, from a fresh workspace and after a whole cycle. */
class RenderCommandTest {
    @TempDir
    Path dir;

    private Path init() throws java.io.IOException {
        Path ws = dir.resolve("ws");
        assertEquals(ExitCode.OK, Main.run("init", ws.toString()));
        // the units' score sheets as the source of scores (BodiesCycleTest runs the bodies' flow)
        org.shuangbai.TestPlans.withoutBodies(ws);
        return ws;
    }

    @Test
    void renderWithNothingReturnedListsEveryUnitToRemind() throws Exception {
        Path ws = init();
        // what a render killed while exporting an Office file or a PDF leaves behind
        Path leftover = ws.resolve("output/reports").resolve(Renderer.lettersDir()).resolve(".export-123.zip");
        Path leftoverPdf = ws.resolve("output/reports").resolve(".export-99_某单位.pdf");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "partial");
        Files.writeString(leftoverPdf, "%PDF-1.5 partial");
        CliRunner.Result r = CliRunner.run("render", "-w", ws.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("考核结果通知书 0 份"), r.out());
        Path reports = ws.resolve("output/reports");
        for (String f : List.of("01_考核结果通报.pdf", "01_考核结果通报.docx", "02_附件1_先进单位名单.xlsx",
                "03_附件2_得分汇总表.xlsx", "04_催报名单.pdf", "05_挂帐问题汇总表.pdf")) {
            assertTrue(Files.isRegularFile(reports.resolve(f)), f);
        }
        String reminders = pdftotext(reports.resolve("04_催报名单.pdf"));
        assertTrue(reminders.contains("朝外街道办事处") && reminders.contains("王四营地区办事处"), reminders);
        assertFalse(Files.exists(ws.resolve(".shuangbai/reports")), "unchanged designs come precompiled");
        assertFalse(Files.exists(leftover), "a killed render's temporary export is cleared");
        assertFalse(Files.exists(leftoverPdf), "a killed render's temporary PDF is cleared");
        try (Stream<Path> s = Files.walk(reports)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith(".")).toList());
        }
    }

    @Test
    void noChineseFontIsAnEnvironmentErrorNamingThePackage() throws Exception {
        Path ws = init();
        Path empty = Files.createDirectories(dir.resolve("no-fonts"));
        System.setProperty(FontCatalog.FONT_DIRS_PROPERTY, empty.toString());
        try {
            CliRunner.Result r = CliRunner.run("render", "-w", ws.toString());
            assertEquals(ExitCode.ENVIRONMENT, r.exitCode());
            assertTrue(r.err().contains("apt-get install fonts-noto-cjk fonts-lxgw-wenkai"), r.err());
            assertTrue(r.err().contains("simsun.ttc"), r.err());
            assertFalse(Files.exists(ws.resolve("output/reports/01_考核结果通报.pdf")));
        } finally {
            System.clearProperty(FontCatalog.FONT_DIRS_PROPERTY);
        }
    }

    @Test
    void anEditedDesignIsCompiledOnceAndUsed() throws Exception {
        Path ws = init();
        Path design = ws.resolve("reports/reminders.jrxml");
        Files.writeString(design, Files.readString(design).replace("[CDATA[未交表格]]", "[CDATA[尚缺表格]]"));
        assertEquals(ExitCode.OK, Main.run("render", "-w", ws.toString()));
        assertTrue(pdftotext(ws.resolve("output/reports/04_催报名单.pdf")).contains("尚缺表格"));
        List<Path> cached;
        try (Stream<Path> s = Files.list(ws.resolve(".shuangbai/reports"))) {
            cached = s.toList();
        }
        assertEquals(1, cached.size(), cached::toString);
        assertTrue(cached.get(0).getFileName().toString().startsWith("reminders-"));
        assertEquals(ExitCode.OK, Main.run("render", "-w", ws.toString()));
        Files.writeString(design, Files.readString(design).replace("<detail>", "<detail><oops/>"));
        CliRunner.Result broken = CliRunner.run("render", "-w", ws.toString());
        assertEquals(ExitCode.ENVIRONMENT, broken.exitCode());
        assertTrue(broken.err().contains("reminders.jrxml"), broken.err());
    }

    /** generate, fill samples, ingest, render: a letter per scored unit, every unit in the attachment. */
    @Test
    void wholeCycleGivesALetterPerUnitAndANoticeListingEveryUnit() throws Exception {
        Path ws = init();
        assertEquals(ExitCode.OK, Main.run("generate", "-w", ws.toString(), "--form", "score"));
        assertEquals(ExitCode.OK, Main.run("generate", "-w", ws.toString(), "--form", "ledger"));
        Plan plan = PlanLoader.load(ws.resolve("input/plan"));
        SampleFiller filler = new SampleFiller(plan);
        List<Path> blanks;
        try (Stream<Path> s = Files.walk(ws.resolve("output/distribution"))) {
            blanks = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertEquals(2 * plan.units().size(), blanks.size());
        for (Path blank : blanks) {
            filler.fillSample(blank, ws.resolve("input/returned").resolve(blank.getFileName().toString()));
        }
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws.toString()));
        CliRunner.Result r = CliRunner.run("render", "-w", ws.toString(), "--watermark");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        List<Path> letters;
        try (Stream<Path> s = Files.list(ws.resolve("output/reports").resolve(Renderer.lettersDir()))) {
            letters = s.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertEquals(plan.units().size(), letters.size());
        String notice = pdftotext(ws.resolve("output/reports/01_考核结果通报.pdf"));
        for (AssessedUnit u : plan.units()) {
            assertTrue(notice.contains(u.name()), u.name());
        }
        assertTrue(notice.contains("示例"), "demo documents carry the watermark");
    }

    private static String pdftotext(Path pdf) throws Exception {
        require(Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "pdftotext"))), "pdftotext (poppler-utils) not installed");
        Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.replaceAll("\\s+", "");
    }
}
