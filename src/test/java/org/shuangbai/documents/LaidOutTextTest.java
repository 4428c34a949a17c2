package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.LaidOutGlyphRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

/**
 * Texts drawn from layouts kept from earlier texts give the PDF JasperReports' own glyph renderer gives,
 * byte for byte: the notice, every letter (which share headings, sentences and figures at other places
 * on their pages) and a table, exported one after another on one thread as the render's workers do.
 */
class LaidOutTextTest {
    @TempDir
    Path dir;

    @Test
    void keptLayoutsGiveJasperReportsOwnPdf() throws Exception {
        FontCatalog fonts = FontCatalog.find(Map.of());
        Reports reports = new Renderer(new Workspace(dir), fonts, false, LocalDate.of(2010, 2, 20), "办公室").reports();
        List<JasperPrint> prints = prints(reports, smallDistrict());

        JasperReportsContext kept = fonts.context();
        SimpleJasperReportsContext plain = (SimpleJasperReportsContext) fonts.context();
        plain.removeValue(LaidOutGlyphRenderer.Layouts.KEY);
        for (JasperPrint print : prints) {
            assertArrayEquals(pdf(dir, plain, print), pdf(dir, kept, print), print.getName());
        }
        long reused = LaidOutGlyphRenderer.Layouts.from(kept).reused();
        assertTrue(reused > 100, "texts drawn from kept layouts: " + reused);
    }

    /** The documents of the fixture's small district. */
    static DocumentData smallDistrict() throws Exception {
        Plan plan = Fixture.plan();
        return DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), Fixture.ledger(), Fixture.reminders(),
                Fixture.bodyTemplate());
    }

    /** The notice, every letter and the reminder list, filled one after another on this thread. */
    static List<JasperPrint> prints(Reports reports, DocumentData data) throws Exception {
        List<JasperPrint> prints = new ArrayList<>();
        prints.add(reports.notice(data.notice()));
        for (LetterData letter : data.letters()) {
            prints.add(reports.letter(letter));
        }
        prints.add(reports.reminders(data.reminderTitle(), data.reminders()));
        return prints;
    }

    /** The document as the renderer writes it: exported, then fixed in its file. */
    static byte[] pdf(Path dir, JasperReportsContext context, JasperPrint print) throws Exception {
        return pdf(dir, new JRPdfExporter(context), print);
    }

    /** The document as the renderer writes it through {@code exporter}. */
    static byte[] pdf(Path dir, JRPdfExporter exporter, JasperPrint print) throws Exception {
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        Path file = Files.write(dir.resolve("export.pdf"), out.toByteArray());
        Deterministic.pdf(file, LocalDate.of(2010, 2, 20));
        return Files.readAllBytes(file);
    }
}
