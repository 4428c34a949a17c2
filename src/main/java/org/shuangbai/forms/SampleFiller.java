package org.shuangbai.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.DataFormatException;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.shuangbai.plan.DistrictTask;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FieldKey.IndicatorField;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.RecordField;
import org.shuangbai.plan.FieldKey.RecordKind;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FieldKey.UnitVetoField;
import org.shuangbai.plan.FieldKey.VetoField;
import org.shuangbai.plan.FieldKey.VetoPart;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.YesNo;
import org.shuangbai.text.Numbers;

/**
 * Fills a generated workbook's input cells the way a person would type them (numbers as numbers,
 * dates as dates, text as text), for the demo and for tests. Sample answers are plausible and
 * deterministic: the same unit and form always get the same answers.
 *
 * <p>The sample wording is synthetic demo data, not part of any plan: {@link DemoSamples}.
 */
public final class SampleFiller {
    private final Plan plan;
    private final FormTexts texts;
    private final List<String> reasons;
    private final List<String> projects;
    private final List<String> problems;
    private final List<String> names;
    private final List<String> departments;
    private final DemoSamples samples;

    public SampleFiller(Plan plan) {
        this(plan, FormTexts.bundled());
    }

    public SampleFiller(Plan plan, FormTexts texts) {
        this(plan, texts, DemoSamples.bundled());
    }

    public SampleFiller(Plan plan, FormTexts texts, DemoSamples samples) {
        this.plan = plan;
        this.texts = texts;
        this.samples = samples;
        this.reasons = samples.list("reasons");
        this.projects = samples.list("projects");
        this.problems = samples.list("problems");
        this.names = samples.list("names");
        this.departments = samples.list("departments");
    }

    /** Fills plausible sample answers into {@code in}, saved as {@code out}. */
    public Map<FieldKey, String> fillSample(Path in, Path out) throws IOException {
        return fillSample(in, out, Map.of());
    }

    /** Sample answers with some fields set to given values ("" clears a field); returns what was written. */
    public Map<FieldKey, String> fillSample(Path in, Path out, Map<FieldKey, String> overrides) throws IOException {
        return edit(in, out, layout -> {
            Map<FieldKey, String> values = sampleValues(layout);
            values.putAll(overrides);
            return values;
        });
    }

    /**
     * Writes exactly the given field values (field → text as a user would type it; a value starting
     * with "=" is entered as a formula; "" clears the cell) and nothing else.
     */
    public Map<FieldKey, String> fill(Path in, Path out, Map<FieldKey, String> fieldValues) throws IOException {
        return edit(in, out, layout -> new LinkedHashMap<>(fieldValues));
    }

    private interface Values {
        Map<FieldKey, String> of(FormLayout layout);
    }

    private Map<FieldKey, String> edit(Path in, Path out, Values values) throws IOException {
        byte[] bytes = Files.readAllBytes(in);
        PackageFill.Filled typed;
        try {
            typed = PackageFill.fill(bytes, plan, texts, values::of, in);
        } catch (DataFormatException | XMLStreamException e) {
            typed = null; // not a package as the generator writes it: POI reads what it can
        }
        if (typed != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, typed.workbook());
            return typed.written();
        }
        return editWithPoi(bytes, in, out, values);
    }

    /** The sample answers typed through POI's usermodel: what {@link PackageFill} must come out equal to. */
    Map<FieldKey, String> fillSampleWithPoi(Path in, Path out) throws IOException {
        return editWithPoi(Files.readAllBytes(in), in, out, this::sampleValues);
    }

    private Map<FieldKey, String> editWithPoi(byte[] bytes, Path in, Path out, Values values) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
            FormLayout layout = WorkbookIdentity.layout(wb, plan, texts)
                    .orElseThrow(() -> new IOException("not a generated workbook of this plan: " + in));
            Map<FieldKey, String> written = values.of(layout);
            // by key, as layout.field finds them: a scan per value made a body's workbook of 10,000 units quadratic
            Map<FieldKey, CellSpec> fields = new java.util.HashMap<>();
            layout.cells().forEach(c -> {
                if (c.key() != null) {
                    fields.putIfAbsent(c.key(), c);
                }
            });
            for (Map.Entry<FieldKey, String> e : written.entrySet()) {
                CellSpec spec = java.util.Optional.ofNullable(fields.get(e.getKey()))
                        .orElseThrow(() -> new IllegalArgumentException("no field " + e.getKey() + " in " + in));
                put(wb, spec, e.getValue());
            }
            // as an office suite does on saving: cached subtotals match the typed values
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            return written;
        }
    }

    private static void put(Workbook wb, CellSpec spec, String value) {
        Sheet sheet = wb.getSheet(spec.sheet());
        Row row = sheet.getRow(spec.row()) == null ? sheet.createRow(spec.row()) : sheet.getRow(spec.row());
        Cell cell = row.getCell(spec.column()) == null ? row.createCell(spec.column()) : row.getCell(spec.column());
        if (value == null || value.isEmpty()) {
            cell.setBlank();
        } else if (value.startsWith("=")) {
            cell.setCellFormula(value.substring(1));
        } else if (spec.rule() != null && spec.rule().kind() == InputRule.Kind.DECIMAL && isNumber(value)) {
            cell.setCellValue(new BigDecimal(value.strip()).doubleValue());
        } else if (spec.rule() != null && spec.rule().kind() == InputRule.Kind.DATE && isDate(value)) {
            cell.setCellValue(LocalDate.parse(value.strip()));
        } else {
            cell.setCellValue(value);
        }
    }

    static boolean isNumber(String s) {
        return s.strip().matches("[-+]?\\d+(\\.\\d+)?");
    }

    static boolean isDate(String s) {
        return s.strip().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** The sample answers of a layout (field → value as stored: plain decimals, ISO dates). */
    public Map<FieldKey, String> sampleValues(FormLayout layout) {
        FormIdentity id = layout.identity();
        Random rnd = new Random((id.unitCode() + "|" + id.form().option()).hashCode());
        Map<FieldKey, String> v = new LinkedHashMap<>();
        int year = id.year();
        switch (id.form()) {
            case SCORE -> score(layout, rnd, v, year);
            case REGISTRATION -> registration(layout, rnd, v, year);
            case LEDGER -> ledger(layout, rnd, v, year);
            case ASSESSOR -> bodyScores(layout, rnd, v, year);
        }
        return v;
    }

    private void score(FormLayout layout, Random rnd, Map<FieldKey, String> v, int year) {
        // an indicator scored by bodies has no 考核得分 cell here: the unit's self score is drawn the same way
        java.util.Set<String> assessed = new java.util.HashSet<>();
        layout.inputs().forEach(c -> {
            if (c.key() instanceof IndicatorField f && f.part() == IndicatorPart.SCORE) {
                assessed.add(f.indicatorCode());
            }
        });
        layout.inputs().filter(c -> c.key() instanceof IndicatorField f && (f.part() == IndicatorPart.SCORE
                || (f.part() == IndicatorPart.SELF && !assessed.contains(f.indicatorCode())))).forEach(c -> {
            String code = ((IndicatorField) c.key()).indicatorCode();
            BigDecimal max = c.rule().max();
            BigDecimal score = sampleScore(rnd, max);
            BigDecimal self = score.add(BigDecimal.valueOf(rnd.nextInt(3)).movePointLeft(1)).min(max);
            v.put(FieldKey.self(code), Numbers.plain(self));
            if (assessed.contains(code)) {
                v.put(FieldKey.score(code), Numbers.plain(score));
                if (score.compareTo(max) < 0) {
                    v.put(FieldKey.note(code), samples.text("note", "points", Numbers.plain(max.subtract(score)),
                            "reason", pick(rnd, reasons)));
                }
            }
        });
        List<VetoField> answers = layout.inputs().map(CellSpec::key)
                .filter(k -> k instanceof VetoField f && f.part() == VetoPart.ANSWER).map(k -> (VetoField) k).toList();
        // about one unit in ten has a veto situation
        int vetoed = rnd.nextInt(10) == 0 && !answers.isEmpty() ? rnd.nextInt(answers.size()) : -1;
        for (int i = 0; i < answers.size(); i++) {
            String code = answers.get(i).vetoCode();
            if (i == vetoed) {
                v.put(FieldKey.answer(code), YesNo.YES.label());
                v.put(FieldKey.explain(code), vetoExplanation(rnd, year));
            } else {
                v.put(FieldKey.answer(code), YesNo.NO.label());
            }
        }
        if (layout.field(FormField.ASSESSOR_UNIT).isPresent()) {
            List<String> assessors = plan.list(Plan.LIST_ASSESSORS);
            v.put(FormField.ASSESSOR_UNIT, assessors.isEmpty() ? samples.text("assessorFallback") : assessors.get(0));
            v.put(FormField.ASSESSOR_NAME, pick(rnd, names));
            v.put(FormField.ASSESSOR_DATE, LocalDate.of(year, 12, 10 + rnd.nextInt(15)).toString());
        } else {
            // the unit's own self-assessment (the plan's bodies score it)
            v.put(FormField.UNIT_CONTACT, pick(rnd, names));
            v.put(FormField.UNIT_PHONE, phone(rnd));
            v.put(FormField.UNIT_DATE, LocalDate.of(year, 12, 1 + rnd.nextInt(9)).toString());
        }
    }

    /** A score of 70 to 100 % of the maximum, a whole number or one decimal, never above the maximum. */
    private static BigDecimal sampleScore(Random rnd, BigDecimal max) {
        boolean decimal = rnd.nextInt(4) == 0;
        return max.multiply(BigDecimal.valueOf(70 + rnd.nextInt(31))).movePointLeft(2)
                .setScale(decimal ? 1 : 0, RoundingMode.CEILING).min(max); // up: never below 70%
    }

    private String vetoExplanation(Random rnd, int year) {
        return samples.text("vetoExplanation", "year", year, "month", 3 + rnd.nextInt(8));
    }

    private static String phone(Random rnd) {
        return "010-" + (65000000 + rnd.nextInt(999999));
    }

    /**
     * An assessing body's workbook: a score (and a deduction note where below the maximum) for every unit and
     * indicator it is given; for its 一票否决 situations 否, with now and then a 是 and what happened.
     */
    private void bodyScores(FormLayout layout, Random rnd, Map<FieldKey, String> v, int year) {
        layout.inputs().forEach(c -> {
            if (c.key() instanceof UnitIndicatorField f && f.part() == IndicatorPart.SCORE) {
                BigDecimal max = c.rule().max();
                BigDecimal score = sampleScore(rnd, max);
                v.put(f, Numbers.plain(score));
                if (score.compareTo(max) < 0) {
                    v.put(new UnitIndicatorField(f.unitCode(), f.indicatorCode(), IndicatorPart.NOTE),
                            samples.text("note", "points", Numbers.plain(max.subtract(score)), "reason", pick(rnd, reasons)));
                }
            } else if (c.key() instanceof UnitVetoField f && f.part() == VetoPart.ANSWER) {
                // about one unit in forty per situation
                boolean found = rnd.nextInt(40) == 0;
                v.put(f, (found ? YesNo.YES : YesNo.NO).label());
                if (found) {
                    v.put(new UnitVetoField(f.unitCode(), f.vetoCode(), VetoPart.EXPLAIN), vetoExplanation(rnd, year));
                }
            }
        });
        v.put(FormField.ASSESSOR_NAME, pick(rnd, names));
        v.put(FormField.UNIT_PHONE, phone(rnd));
        v.put(FormField.ASSESSOR_DATE, LocalDate.of(year, 12, 10 + rnd.nextInt(15)).toString());
    }

    private void registration(FormLayout layout, Random rnd, Map<FieldKey, String> v, int year) {
        List<String> sources = plan.list(Plan.LIST_PROJECT_SOURCES);
        int max = plan.settings().forms().registrationRows();
        // the unit's district tasks first: most registered by id, some by name only, some twice, some
        // left out (缺项), so that the 立项 check has each of its findings in the demo
        List<String[]> rows = new ArrayList<>(); // name, source, task id ("" none)
        for (DistrictTask task : plan.tasks().of(layout.identity().unitCode())) {
            String name = task.text().split("[，,；;。]")[0];
            switch (rnd.nextInt(10)) {
                case 0 -> { }
                case 1 -> rows.add(new String[] {name, task.source(), ""});
                case 2 -> {
                    rows.add(new String[] {name, task.source(), task.id()});
                    rows.add(new String[] {name + samples.text("project.again"), task.source(), task.id()});
                }
                default -> rows.add(new String[] {name, task.source(), task.id()});
            }
        }
        int own = plan.tasks().isEmpty() ? 3 + rnd.nextInt(4) : 1 + rnd.nextInt(2);
        for (int i = 1; i <= own; i++) {
            rows.add(new String[] {null, null, ""}); // named below, as the rows are filled
        }
        int n = Math.min(rows.size(), max);
        for (int i = 1; i <= n; i++) {
            int row = i;
            java.util.function.BiConsumer<String, String> p = (column, value) ->
                    v.put(new RecordField(RecordKind.PROJECT, row, column), value);
            String[] project = rows.get(i - 1);
            String name = project[0] != null ? project[0]
                    : projects.get((i - 1 + rnd.nextInt(projects.size())) % projects.size());
            p.accept("name", name);
            p.accept("source", project[1] != null ? project[1] : sources.get(rnd.nextInt(sources.size())));
            if (!project[2].isEmpty()) {
                p.accept("task", project[2]);
            }
            p.accept("goal", samples.text("project.goal", "project", name));
            p.accept("measures", samples.text("project.measures"));
            p.accept("schedule", samples.text("project.schedule"));
            LocalDate start = LocalDate.of(year, 3, 1).plusDays(rnd.nextInt(60));
            p.accept("start", start.toString());
            p.accept("end", LocalDate.of(year, 11, 1).plusDays(rnd.nextInt(60)).toString());
            p.accept("leader", pick(rnd, names));
            p.accept("department", pick(rnd, departments));
        }
        v.put(FormField.UNIT_CONTACT, pick(rnd, names));
        v.put(FormField.UNIT_PHONE, phone(rnd));
        v.put(FormField.UNIT_DATE, LocalDate.of(year, 3, 20 + rnd.nextInt(10)).toString());
    }

    private void ledger(FormLayout layout, Random rnd, Map<FieldKey, String> v, int year) {
        List<String> categories = plan.list(Plan.LIST_ISSUE_CATEGORIES);
        List<String> statuses = plan.list(Plan.LIST_ISSUE_STATUSES);
        int n = Math.min(2 + rnd.nextInt(4), plan.settings().forms().ledgerRows());
        for (int i = 1; i <= n; i++) {
            int row = i;
            java.util.function.BiConsumer<String, String> l = (column, value) ->
                    v.put(new RecordField(RecordKind.ISSUE, row, column), value);
            l.accept("problem", pick(rnd, problems));
            l.accept("category", categories.get(rnd.nextInt(categories.size())));
            l.accept("opinion", samples.text("issue.opinion"));
            l.accept("deadline", LocalDate.of(year, 5 + rnd.nextInt(6), 1 + rnd.nextInt(28)).toString());
            l.accept("department", pick(rnd, departments));
            l.accept("status", statuses.get(rnd.nextInt(statuses.size())));
        }
        v.put(FormField.UNIT_LEADER, pick(rnd, names));
        v.put(FormField.UNIT_CONTACT, pick(rnd, names));
        v.put(FormField.UNIT_PHONE, phone(rnd));
        v.put(FormField.UNIT_DATE, LocalDate.of(year, 10, 20 + rnd.nextInt(10)).toString());
    }

    private static String pick(Random rnd, List<String> list) {
        return list.get(rnd.nextInt(list.size()));
    }

}
