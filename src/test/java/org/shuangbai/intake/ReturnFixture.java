package org.shuangbai.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.shuangbai.Workspace;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.Distribution;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.InputRule;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * Test support: a fresh workspace with the bundled plan, distributed workbooks, and workbooks filled the
 * way a person would (through POI, typed values only).
 */
public final class ReturnFixture {
    private static Plan plan;

    public final Workspace workspace;

    public ReturnFixture(Path root) throws IOException {
        this.workspace = new Workspace(root);
        Files.createDirectories(workspace.returnedDir());
        org.shuangbai.forms.WorkspaceKey.loadOrCreate(workspace);
        // copy the plan so commands that load it from the workspace find it
        // without the bodies: these tests exercise the units' score sheets as the source of scores
        org.shuangbai.TestPlans.copy(workspace.planDir(), false);
    }

    public static synchronized Plan plan() {
        if (plan == null) {
            try {
                plan = org.shuangbai.TestPlans.unitSheets();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return plan;
    }

    public static AssessedUnit unit(String code) {
        return plan().unit(code).orElseThrow();
    }

    public FormLayout layout(String unit, FormKind kind) {
        return FormLayouts.build(plan(), unit(unit), kind, FormTexts.load(workspace));
    }

    /** Generates the distributed workbook of a unit and form; returns its path. */
    public Path generate(String unit, FormKind kind) throws IOException {
        return Distribution.generate(workspace, plan(), List.of(unit(unit)), List.of(kind)).get(0);
    }

    /** A formula to type into a cell. */
    public record Formula(String text) {
    }

    /**
     * Plausible answers for every input of a form: numbers at 80% of the maximum, the first choice of
     * each list, a date in December of the plan year, short texts; the first {@code records} record rows.
     */
    public static Map<String, Object> answers(FormLayout layout, int records) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> recordKeys = layout.inputs().map(CellSpec::record).filter(r -> r != null).distinct()
                .limit(records).toList();
        layout.inputs().forEach(spec -> {
            if (spec.record() != null && !recordKeys.contains(spec.record())) {
                return;
            }
            InputRule r = spec.rule();
            Object v = switch (r.kind()) {
                case DECIMAL -> r.max().multiply(new BigDecimal("0.8")).setScale(1, RoundingMode.DOWN).doubleValue();
                case YES_NO -> spec.key().text().startsWith("V2") ? "是" : "否";
                case CHOICE -> r.choices().get(spec.row() % r.choices().size());
                case DATE -> LocalDate.of(layout.identity().year(), 12, 1 + spec.row() % 28);
                case TEXT -> spec.key().text().equals("assessor.name") ? "张三" : "示例内容：" + spec.key().text();
            };
            out.put(spec.key().text(), v);
        });
        return out;
    }

    /** What intake should record for these answers: field to normalised text. */
    public static Map<String, String> expected(Map<String, Object> answers) {
        Map<String, String> out = new LinkedHashMap<>();
        answers.forEach((k, v) -> out.put(k, v instanceof Double d
                ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : v.toString()));
        return out;
    }

    /** Writes {@code in} with the given field values typed in (Double, String, LocalDate, Formula, null = clear). */
    public static void fill(Path in, Path out, FormLayout layout, Map<String, ?> values) throws IOException {
        try (InputStream is = Files.newInputStream(in); Workbook wb = WorkbookFactory.create(is)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Map.Entry<String, ?> e : values.entrySet()) {
                CellSpec spec = layout.field(e.getKey()).orElseThrow(() -> new IllegalArgumentException(e.getKey()));
                set(wb, spec.sheet(), spec.row(), spec.column(), e.getValue(), dateStyle);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    /** Sets one cell by sheet and A1-free coordinates (for tampering with locked cells). */
    public static void set(Workbook wb, String sheetName, int row, int column, Object value, CellStyle dateStyle) {
        Sheet sheet = wb.getSheet(sheetName);
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (value == null) {
            r.removeCell(c);
        } else if (value instanceof Double d) {
            c.setCellValue(d);
        } else if (value instanceof Integer i) {
            c.setCellValue(i);
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
            if (dateStyle != null) {
                c.setCellStyle(dateStyle);
            }
        } else if (value instanceof Formula f) {
            c.setCellFormula(f.text());
        } else {
            c.setCellValue(value.toString());
        }
    }

    /**
     * Copies a package (.xlsx, .ods) with some of its XML parts changed, entry order and names kept. Each
     * edit must change its part, so a test never passes because its damage missed.
     */
    public static void rewriteParts(Path in, Path out, Map<String, java.util.function.UnaryOperator<String>> edits)
            throws IOException {
        Map<String, java.util.function.UnaryOperator<String>> pending = new LinkedHashMap<>(edits);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(Files.newInputStream(in));
             java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.zip.ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] data = zin.readAllBytes();
                java.util.function.UnaryOperator<String> edit = pending.remove(e.getName());
                if (edit != null) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    String changed = edit.apply(xml);
                    if (changed.equals(xml)) {
                        throw new IllegalArgumentException("the edit of " + e.getName() + " changed nothing");
                    }
                    data = changed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("no such parts: " + pending.keySet());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes.toByteArray());
    }

    /** The part of an .xlsx package that holds a sheet, found through workbook.xml and its relationships. */
    public static String sheetPart(Path xlsx, String sheet) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String workbook = read(zip, "xl/workbook.xml");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<sheet [^>]*name=\"" 
                    + java.util.regex.Pattern.quote(sheet) + "\"[^>]*r:id=\"([^\"]+)\"").matcher(workbook);
            if (!m.find()) {
                throw new IllegalArgumentException("no sheet " + sheet);
            }
            java.util.regex.Matcher t = java.util.regex.Pattern.compile("<Relationship [^>]*Id=\""
                    + java.util.regex.Pattern.quote(m.group(1)) + "\"[^>]*Target=\"([^\"]+)\"")
                    .matcher(read(zip, "xl/_rels/workbook.xml.rels"));
            if (!t.find()) {
                throw new IllegalArgumentException("no relationship " + m.group(1));
            }
            String target = t.group(1);
            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
        }
    }

    private static String read(java.util.zip.ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The whole {@code <c r="ref" …>} element of a worksheet's XML (self-closed or not). */
    public static String cellXml(String sheetXml, String ref) {
        return element(sheetXml, "<c r=\"" + ref + "\"(?:[^>]*/>|[^>]*>.*?</c>)", "cell " + ref);
    }

    /** The whole {@code <row r="n" …>…</row>} element of a worksheet's XML. */
    public static String rowXml(String sheetXml, int row) {
        return element(sheetXml, "<row r=\"" + row + "\"[^>]*>.*?</row>", "row " + row);
    }

    /** The whole {@code <table:table-cell …>…</table:table-cell>} of an .ods content.xml whose text is {@code text}. */
    public static String odsCellXml(String contentXml, String text) {
        return element(contentXml, "<table:table-cell (?:(?!<table:table-cell).)*?<text:p>"
                + java.util.regex.Pattern.quote(text) + "</text:p></table:table-cell>", "cell with text " + text);
    }

    private static String element(String xml, String regex, String what) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(xml);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + what);
        }
        return m.group();
    }

    /** A unit's score sheet, filled with {@link #answers} (no record rows); returns what intake should record. */
    public Map<String, String> filledScoreSheet(String unit, Path out) throws IOException {
        FormLayout layout = layout(unit, FormKind.SCORE);
        Map<String, Object> answers = answers(layout, 0);
        fill(generate(unit, FormKind.SCORE), out, layout, answers);
        return expected(answers);
    }

    /** Every form of a unit, filled with {@link #answers} and that many record rows, as .xlsx files in a folder. */
    public List<Path> filledForms(String unit, int records, Path folder) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (FormKind kind : FormKind.unitForms()) {
            FormLayout layout = layout(unit, kind);
            Path f = folder.resolve(kind.option() + ".xlsx");
            fill(generate(unit, kind), f, layout, answers(layout, records));
            out.add(f);
        }
        return out;
    }

    /** Checks a file as intake does (no ledger): the streaming reader, or the usermodel where it leaves the file. */
    public CheckedFile check(Path file) throws IOException {
        try (ReturnedFileChecker checker = new ReturnedFileChecker(plan(), SignedForms.of(workspace, plan()),
                IntakeLimits.DEFAULT)) {
            return checker.check(ReturnedFileChecker.receive(file, file.getFileName().toString()));
        }
    }

    /**
     * A copy of an .xlsx with a shared formula far outside the form, which the streaming reader leaves
     * to the usermodel: checking the copy exercises {@link PoiWorkbook}.
     */
    public static Path forUsermodel(Path file) throws IOException {
        Path out = file.resolveSibling("usermodel-" + file.getFileName());
        rewriteParts(file, out, Map.of(sheetPart(file, "填表说明"), xml -> xml.replace("</sheetData>",
                "<row r=\"200\"><c r=\"Z200\"><f t=\"shared\" ref=\"Z200\" si=\"0\">1+1</f><v>2</v></c></row>"
                        + "</sheetData>")));
        if (XlsxStreamWorkbook.open(out, IntakeLimits.DEFAULT) != null) {
            throw new IllegalStateException("the streaming reader did not leave " + out + " to the usermodel");
        }
        return out;
    }

    /** Field to value of a checked file, in layout order. */
    public static Map<String, String> values(CheckedFile c) {
        Map<String, String> out = new LinkedHashMap<>();
        c.values().forEach(v -> out.put(v.field().text(), v.value()));
        return out;
    }

    /** The verdict and every problem, one per line, for assertion messages. */
    public static String describe(CheckedFile c) {
        StringBuilder sb = new StringBuilder(String.valueOf(c.verdict()));
        c.problems().forEach(p -> sb.append("\n  ").append(p.describe()));
        return sb.toString();
    }

    /** Edits a workbook in place. */
    public static void edit(Path file, java.util.function.Consumer<Workbook> change) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
    }
}
