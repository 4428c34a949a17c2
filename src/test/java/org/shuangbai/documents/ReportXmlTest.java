package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRXmlExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleXmlExporterOutput;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Each design filled with the small fixed data set, exported with JasperReports' XML exporter and
 * compared with the expected export kept in src/test/resources/documents/. Layout positions depend
 * on the fonts' metrics, so the expected files are those of the Debian fonts CI installs
 * (fonts-noto-cjk, fonts-noto-cjk-extra, fonts-lxgw-wenkai). Run with
 * -Dshuangbai.expected.update=true to rewrite them after an intended design change.
 */
class ReportXmlTest {
    private static final Path EXPECTED = Path.of("src/test/resources/documents");
    /** Attributes that change from build to build or machine to machine, not with the document. */
    private static final Set<String> VOLATILE = Set.of("uuid", "locale", "timezone");

    @TempDir
    static Path dir;
    static Reports reports;
    static DocumentData data;

    @BeforeAll
    static void fill() throws Exception {
        var plan = Fixture.plan();
        data = DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), Fixture.ledger(), Fixture.reminders(),
                Fixture.bodyTemplate());
        FontCatalog fonts = FontCatalog.find(Map.of());
        reports = new Renderer(new Workspace(dir), fonts, false, LocalDate.of(2010, 2, 20), "办公室").reports();
    }

    @Test
    void notice() throws Exception {
        compare("notice", reports.notice(data.notice()));
    }

    @Test
    void commendedAttachment() throws Exception {
        compare("commended", reports.commended(data.notice()));
    }

    @Test
    void summaryAttachment() throws Exception {
        compare("summary", reports.summary(data.notice()));
    }

    @Test
    void letter() throws Exception {
        compare("letter-S02", reports.letter(data.letters().stream().filter(l -> l.unitCode().equals("S02")).findFirst().orElseThrow()));
    }

    @Test
    void reminders() throws Exception {
        compare("reminders", reports.reminders(data.reminderTitle(), data.reminders()));
    }

    @Test
    void ledger() throws Exception {
        compare("ledger", reports.ledger(data.ledgerTitle(), data.ledger()));
    }

    static String xml(JasperPrint print) throws Exception {
        JRXmlExporter exporter = new JRXmlExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        StringWriter out = new StringWriter();
        SimpleXmlExporterOutput output = new SimpleXmlExporterOutput(out);
        output.setEmbeddingImages(true);
        exporter.setExporterOutput(output);
        exporter.exportReport();
        return out.toString();
    }

    private static void compare(String name, JasperPrint print) throws Exception {
        String actual = xml(print);
        Path expected = EXPECTED.resolve(name + ".jrpxml");
        if (Boolean.getBoolean("shuangbai.expected.update")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        // A missing expected file is a failure, never a pass: writing it here would make the test prove nothing.
        if (!Files.exists(expected)) {
            org.junit.jupiter.api.Assertions.fail(expected + " is missing; review the design's export and run once with"
                    + " -Dshuangbai.expected.update=true to record it");
        }
        Diff diff = DiffBuilder.compare(Input.fromString(Files.readString(expected, StandardCharsets.UTF_8)))
                .withTest(Input.fromString(actual))
                .ignoreWhitespace()
                .ignoreComments()
                .withAttributeFilter(a -> !VOLATILE.contains(a.getName()))
                .checkForSimilar()
                .build();
        assertFalse(diff.hasDifferences(), () -> name + " differs from " + expected + ":\n" + diff.fullDescription());
    }
}
