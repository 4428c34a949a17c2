package org.shuangbai.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.FontRole;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.LaidOutGlyphRenderer;

/** The baselines: what POI and JasperReports alone take for the same amount of work. */
final class BaselineWorkloads {
    private BaselineWorkloads() {
    }

    /** Plain XSSF writing the cells of the three forms for each unit, units spread over the cores the JVM sees. */
    static final class Generate implements Workload {
        private final Workspace workspace;
        private final Path out;
        private List<AssessedUnit> units;
        private final Map<FormKind, FormLayout> layouts = new HashMap<>();

        Generate(Workspace workspace, Path out) {
            this.workspace = workspace;
            this.out = out;
        }

        @Override
        public void prepare(int n) {
            Plan plan = SyntheticWorkspace.load(workspace);
            units = plan.units();
            // The cells are the same for every unit but the unit's own name: one layout per form is enough.
            for (FormKind kind : FormKind.unitForms()) {
                layouts.put(kind, Layouts.of(plan, units.get(0), kind));
            }
        }

        @Override
        public void reset() throws Exception {
            Folders.empty(out);
        }

        @Override
        public void run(int n) throws Exception {
            Parallel.map(units.subList(0, n), unit -> {
                Path dir = Files.createDirectories(out.resolve(unit.code()));
                for (FormKind kind : FormKind.unitForms()) {
                    PoiBaseline.write(layouts.get(kind), dir.resolve(kind.option() + ".xlsx"));
                }
                return dir;
            });
        }
    }

    /** POI's SAX reader pulling the input cells out of each filled score workbook; nothing else. */
    static final class Ingest implements Workload {
        private final Workspace workspace;
        private final Path returned;
        private List<Path> files;
        private FormLayout layout;
        private long valuesRead;

        Ingest(Workspace workspace, Path returned) {
            this.workspace = workspace;
            this.returned = returned;
        }

        @Override
        public void prepare(int n) throws Exception {
            Plan plan = SyntheticWorkspace.load(workspace);
            layout = Layouts.of(plan, plan.units().get(0), FormKind.SCORE);
            files = filledFiles(returned, n);
        }

        /** The prepared filled workbooks, in name order; at least {@code n} of them. */
        static List<Path> filledFiles(Path returned, int n) throws java.io.IOException {
            List<Path> files;
            try (Stream<Path> s = Files.walk(returned)) {
                files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
            }
            if (files.size() < n) {
                throw new IllegalStateException("only " + files.size() + " filled workbooks in " + returned);
            }
            return files;
        }

        @Override
        public void run(int n) throws Exception {
            valuesRead = Parallel.map(files.subList(0, n), f -> PoiBaseline.readInputs(layout, f).size())
                    .stream().mapToLong(Integer::longValue).sum();
        }

        @Override
        public String note() {
            return "read " + valuesRead + " values";
        }
    }

    /**
     * A trivial JasperReports design compiled in-process (outside the timed part) with the same fonts
     * the real documents use: an N-row table in one PDF and N one-page letters, one PDF each.
     */
    static final class Render implements Workload {
        private final Path out;
        private JasperReportsContext context;
        private JasperReport table;
        private JasperReport letter;
        private int pages;

        Render(Path out) {
            this.out = out;
        }

        @Override
        public void prepare(int n) throws Exception {
            context = bare(FontCatalog.find(Map.of()).context());
            table = compile("baseline-table.jrxml");
            letter = compile("baseline-letter.jrxml");
        }

        /**
         * The N rows, made in the timed run (a few milliseconds at N=10,000) as the real case reads its units'
         * values in its own: rows kept from the preparation would sit in the heap while the real case runs
         * beside it in this JVM and count in its peak (2.3 MB at N=10,000).
         */
        private static List<Map<String, ?>> rows(int n) {
            List<Map<String, ?>> rows = new ArrayList<>(n);
            for (AssessedUnit u : SyntheticWorkspace.units(n)) {
                rows.add(Map.of("code", u.code(), "name", u.name() + "（" + u.group().label() + "）", "total", "87.50"));
            }
            return rows;
        }

        /**
         * The documents' context with the product's own speed-ups taken out: JasperReports' text measurer
         * (not the kept measurements), its PDF producer and glyph renderer (not the kept line layouts, the
         * per-document font map and graphics). Until run 7 the baseline ran with them, so every gain they
         * brought the real documents made the baseline faster too. What stays is what the fonts need: the
         * font families, the glyph renderer's blocks and, in OpenPDF's font cache (one per JVM, which the
         * real case in this JVM fills anyway), the faces with their CFF subsetter.
         */
        static JasperReportsContext bare(JasperReportsContext documents) {
            SimpleJasperReportsContext ctx = (SimpleJasperReportsContext) documents;
            ctx.removeProperty(JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY);
            ctx.removeProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY);
            ctx.removeValue(LaidOutGlyphRenderer.Layouts.KEY);
            return ctx;
        }

        private JasperReport compile(String resource) throws Exception {
            try (var in = BaselineWorkloads.class.getResourceAsStream(resource)) {
                JasperDesign design = JRXmlLoader.load(context, in);
                JRDesignStyle style = new JRDesignStyle();
                style.setName("baseline");
                style.setDefault(true);
                style.setFontName(FontRole.SONG.family());
                design.addStyle(style);
                return JasperCompileManager.getInstance(context).compile(design);
            }
        }

        @Override
        public void reset() throws Exception {
            Folders.empty(out);
        }

        @Override
        public void run(int n) throws Exception {
            List<Map<String, ?>> rows = rows(n);
            pages = export(table, rows, out.resolve("table.pdf"));
            for (int i = 0; i < n; i++) {
                pages += export(letter, rows.subList(i, i + 1), out.resolve("letter-" + i + ".pdf"));
            }
        }

        private int export(JasperReport report, List<Map<String, ?>> data, Path file) throws Exception {
            JasperPrint print = JasperFillManager.getInstance(context).fill(report, new HashMap<>(),
                    new JRMapCollectionDataSource(data));
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            try (OutputStream os = Files.newOutputStream(file)) {
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(os));
                exporter.exportReport();
            }
            return print.getPages().size();
        }

        @Override
        public int pages() {
            return pages;
        }
    }
}
