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
        Path planDir = workspace.planDir();
        Files.createDirectories(planDir);
        try (var files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, planDir.resolve(f.getFileName()));
            }
        }
    }

    public static synchronized Plan plan() {
        if (plan == null) {
            try {
                plan = PlanLoader.load(Path.of("input/plan"));
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
