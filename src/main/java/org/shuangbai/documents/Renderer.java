package org.shuangbai.documents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.shuangbai.text.Messages;
import org.shuangbai.Defaults;
import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.forms.SafeFileName;
import org.shuangbai.tables.SafeText;

/**
 * Writes every document to output/reports/: the notice (with its attachments) as PDF and DOCX, the
 * attachments, reminder list and ledger also as PDF and XLSX, one letter per unit as PDF and DOCX. The
 * PDFs and XLSX come from the JasperReports designs, the DOCX are flowing Word documents built from
 * the Word template templates/notice.docx (DocxNotice, DocxLetter).
 * Files are deterministic: the same data gives the same bytes.
 */
public final class Renderer {
    /** The folder of the letters under output/reports/ (its name is a message the office may reword). */
    public static String lettersDir() {
        return Messages.text("documents.file.letters");
    }

    /** The notice itself as PDF, the document the console previews (its name is a message too). */
    public static String noticePdf() {
        return Messages.text("documents.file.notice") + ".pdf";
    }

    /** Where a unit's letter goes (extension ".pdf" or ".docx"), under {@code reportsDir}/{@link #lettersDir()}. */
    public static Path letterFile(Path reportsDir, String unitCode, String unitName, String extension) {
        // Unit names come from the office's plan: the same sanitising as the workbooks' names.
        return reportsDir.resolve(lettersDir()).resolve(SafeFileName.of(unitCode + "_" + unitName, extension));
    }
    private static final String TEMP_PREFIX = ".export-";
    private static final String TEMP_SUFFIX = ".zip";

    private final Workspace workspace;
    private final JasperReportsContext context;
    private final Reports reports;
    private final LocalDate documentDate;
    private final String author;
    private final Typesetter type;
    private final BodyDocx letters;

    /**
     * @param documentDate the date stamped as the files' creation date (the notice date)
     * @param author       the office, written into the files' metadata
     */
    public Renderer(Workspace workspace, FontCatalog fonts, boolean watermark, LocalDate documentDate, String author) {
        this.workspace = workspace;
        this.context = fonts.context();
        this.type = new Typesetter(fonts);
        this.reports = new Reports(context, new Designs(workspace, context, fonts), watermark, type);
        this.documentDate = documentDate;
        this.author = author;
        this.letters = new BodyDocx(workspace, documentDate);
    }

    public Reports reports() {
        return reports;
    }

    /**
     * Loads the designs now rather than when {@link #render} starts (which loads what is not loaded yet):
     * for a caller that would otherwise wait here for steps running beside it.
     */
    public void loadDesigns() throws DesignException {
        reports.load();
    }

    /** One document: filled and exported on a worker thread, returning the files it wrote. */
    @FunctionalInterface
    private interface Job {
        List<Path> run() throws IOException, JRException, DesignException;
    }

    /**
     * Renders everything; returns the files written, in order. Documents are independent (each its
     * own fill and its own PDF writer; the shared fonts are only read), so they are made on all
     * cores; every file's bytes depend only on its own data, never on which thread made it.
     */
    public List<Path> render(DocumentData data) throws IOException, JRException, DesignException {
        try (Started started = new Started()) {
            return render(data, started);
        }
    }

    /**
     * Starts the tables that need no score (the reminder list and the issue ledger) on all cores and returns
     * at once: a caller still waiting for the year to be scored gives them the cores it would leave idle,
     * then renders the rest with {@link #render(DocumentData, Started)} and closes what this returns. Where
     * the designs cannot be loaded, nothing starts: the render reports it when the documents start.
     */
    public Started start(DocumentData.Tables tables) throws IOException {
        Started started = new Started();
        try {
            reports.load();
        } catch (DesignException e) {
            return started; // reported by the render (see above)
        }
        started.tables = tableJobs(tables).stream().map(started::submit).toList();
        return started;
    }

    /** Renders everything, the tables {@code started} earlier taken as they are (see {@link #start}). */
    public List<Path> render(DocumentData data, Started started) throws IOException, JRException, DesignException {
        reports.load(); // designs are loaded and adjusted once, before any thread fills them
        Path dir = workspace.reportsDir();
        NoticeData notice = data.notice();
        List<Future<List<Path>>> files = new ArrayList<>();
        // The notice and the tables have a row per unit: their pages are swapped to disk (PageSwap).
        files.add(started.submit(() -> {
            try (PageSwap swap = new PageSwap()) {
                JasperPrint n = reports.swappingTo(swap).notice(notice);
                String file = Messages.text("documents.file.notice");
                return List.of(pdf(n, dir.resolve(file + ".pdf"), notice.title()),
                        noticeDocx(notice, dir.resolve(file + ".docx")));
            }
        }));
        files.add(started.submit(() -> table(r -> r.commended(notice), Messages.text("documents.file.commended"),
                notice.commendedTitle())));
        files.add(started.submit(() -> table(r -> r.summary(notice), Messages.text("documents.file.summary"),
                notice.summaryTitle())));
        files.addAll(started.tables != null ? started.tables
                : tableJobs(data.tables()).stream().map(started::submit).toList());
        List<LetterData> letters = data.letters();
        LetterFiles written = new LetterFiles(dir.resolve(lettersDir()), letters.size(), 2);
        for (int t = written.tasks(Parallel.cores()); t > 0; t--) {
            files.add(started.submit(() -> written.take(index -> {
                LetterData letter = letters.get(index); // built here: see DocumentData's letters
                JasperPrint l = reports.letter(letter);
                return List.of(pdf(l, letterFile(dir, letter.unitCode(), letter.unitName(), ".pdf"),
                                letter.unitName() + letter.title()),
                        letterDocx(letter, letterFile(dir, letter.unitCode(), letter.unitName(), ".docx")));
            })));
        }
        return written.after(started.written(files));
    }

    /** The reminder list and the issue ledger. */
    private List<Job> tableJobs(DocumentData.Tables tables) {
        return List.of(
                () -> table(r -> r.reminders(tables.reminderTitle(), tables.reminders()),
                        Messages.text("documents.file.reminders"), tables.reminderTitle()),
                () -> table(r -> r.ledger(tables.ledgerTitle(), tables.ledger()),
                        Messages.text("documents.file.ledger"), tables.ledgerTitle()));
    }

    /**
     * A render's documents under way on all cores (its folders made ready first); closing it stops what
     * is still running, as after a failure.
     */
    public final class Started implements AutoCloseable {
        private final ExecutorService workers = Parallel.daemonPool("shuangbai-worker", Parallel.cores());
        /** The tables started by {@link #start}, in order; null when none were. */
        private List<Future<List<Path>>> tables;

        private Started() throws IOException {
            Path dir = workspace.reportsDir();
            Files.createDirectories(dir.resolve(lettersDir()));
            removeUnfinishedExports(dir);
            removeUnfinishedExports(dir.resolve(lettersDir()));
        }

        private Future<List<Path>> submit(Job job) {
            return workers.submit(job::run);
        }

        /** The files in job order; the first failure, in that order, rethrown as thrown. */
        private List<Path> written(List<Future<List<Path>>> jobs) throws IOException, JRException, DesignException {
            List<Path> written = new ArrayList<>();
            try {
                Parallel.<List<Path>, Exception>results(jobs).forEach(written::addAll);
            } catch (IOException | JRException | DesignException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e); // Job declares no other checked exception
            }
            return written;
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
    }

    /** How a table is filled from the reports given. */
    @FunctionalInterface
    private interface Fill {
        JasperPrint fill(Reports reports) throws JRException, DesignException;
    }

    /** A table (an attachment, the reminder list, the ledger) as PDF and XLSX, its pages swapped to disk. */
    private List<Path> table(Fill fill, String file, String title) throws JRException, IOException, DesignException {
        Path dir = workspace.reportsDir();
        try (PageSwap swap = new PageSwap()) {
            JasperPrint print = fill.fill(reports.swappingTo(swap));
            return List.of(pdf(print, dir.resolve(file + ".pdf"), title), xlsx(print, dir.resolve(file + ".xlsx")));
        }
    }

    /** Temporary exports a killed render left behind (see {@link #pdf} and {@link #office}). */
    private static void removeUnfinishedExports(Path dir) throws IOException {
        try (var files = Files.newDirectoryStream(dir, TEMP_PREFIX + "*")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    Path pdf(JasperPrint print, Path file, String title) throws JRException, IOException {
        JRPdfExporter exporter = new BorderPdfExporter(context);
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataAuthor(author);
        config.setMetadataCreator("shuangbai");
        config.setMetadataProducer("shuangbai");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        // Exported to a file beside the destination and fixed there: the notice and the N-row tables
        // of a large district are tens of megabytes each, never held whole in memory. Created with
        // the folder's usual permissions (not a temporary file's) and moved into place when complete.
        Path raw = file.resolveSibling(TEMP_PREFIX + file.getFileName());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw))) {
                export(exporter, print, out);
            }
            Deterministic.pdf(raw, documentDate);
            Files.move(raw, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** The notice as a flowing Word document from the workspace's (or the bundled) Word template. */
    Path noticeDocx(NoticeData notice, Path file) throws IOException {
        try (InputStream template = wordTemplate(workspace);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new DocxNotice(type).write(notice, template, documentDate, out);
        }
        return file;
    }

    /** A letter as a flowing Word document in the same template. */
    Path letterDocx(LetterData letter, Path file) throws IOException {
        return letters.write(file, text -> DocxLetter.body(letter, text));
    }

    @FunctionalInterface
    interface WordWriter {
        void write(InputStream template, OutputStream out) throws IOException;
    }

    /** The workspace's (or the bundled) Word template. */
    static InputStream wordTemplate(Workspace workspace) throws IOException {
        return Defaults.open(workspace, DocxNotice.TEMPLATE).orElseThrow(() -> new IOException(DocxNotice.TEMPLATE));
    }

    /** A Word document from the workspace's (or the bundled) Word template, its dates fixed to {@code documentDate}. */
    static Path word(Workspace workspace, LocalDate documentDate, Path file, WordWriter writer) throws IOException {
        Path raw = Files.createTempFile(file.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
        try {
            try (InputStream template = wordTemplate(workspace);
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw))) {
                writer.write(template, out);
            }
            Deterministic.office(raw, file, documentDate);
            return file;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    Path xlsx(JasperPrint print, Path file) throws JRException, IOException {
        JRXlsxExporter exporter = new JRXlsxExporter(context);
        SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
        config.setOnePagePerSheet(false);
        config.setDetectCellType(true);
        config.setRemoveEmptySpaceBetweenRows(true);
        config.setRemoveEmptySpaceBetweenColumns(true);
        config.setWhitePageBackground(false);
        config.setIgnorePageMargins(true);
        config.setCollapseRowSpan(true);
        exporter.setConfiguration(config);
        // page by page: a swapped page is written back with its changes when it leaves memory, while
        // elements collected from all pages at once would be copies of pages already swapped out
        for (JRPrintPage page : print.getPages()) {
            neutraliseTexts(page.getElements());
        }
        return office(exporter, print, file);
    }

    /**
     * An Office file goes through a temporary file beside its destination, never a byte array: with
     * thousands of units its XML alone is larger than the heap the render is given.
     */
    private Path office(Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter, JasperPrint print, Path file)
            throws JRException, IOException {
        Path raw = Files.createTempFile(file.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(raw))) {
                export(exporter, print, out);
            }
            Deterministic.office(raw, file, documentDate);
            return file;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /**
     * Unit names and notes in the tables come from the plan and returned files; in a spreadsheet a
     * text starting with = + - @ must not become a formula. Called last for a print (after its PDF),
     * since it changes the texts in place.
     */
    private static void neutraliseTexts(List<JRPrintElement> elements) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                neutraliseTexts(frame.getElements());
            } else if (e instanceof JRPrintText text && text.getFullText() != null) {
                String safe = SafeText.neutralise(text.getFullText());
                if (!safe.equals(text.getFullText())) {
                    text.setText(safe);
                }
            }
        }
    }

    /** Runs a configured exporter on one filled report, writing to {@code out}. */
    private static void export(Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter, JasperPrint print,
                               OutputStream out) throws JRException {
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }
}
