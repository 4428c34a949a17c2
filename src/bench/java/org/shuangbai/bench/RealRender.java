package org.shuangbai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.documents.DocumentData;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.Renderer;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.InputRule;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.intake.CheckedFile;
import org.shuangbai.intake.FieldValue;
import org.shuangbai.intake.ReceivedFile;
import org.shuangbai.intake.ReturnedFileChecker;
import org.shuangbai.intake.SpreadsheetType;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.Settings;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.YesNo;
import org.shuangbai.scoring.ScoredYear;
import org.shuangbai.scoring.SheetValue;
import org.shuangbai.text.Numbers;

/**
 * The render command's work: scoring the year unit by unit ({@link ScoredYear}) from the ledger, mapping
 * the results to document data and rendering every document (notice with its N-row summary, N letters)
 * with the real {@link Renderer}. The ledger is a real one in the synthetic workspace, recorded before
 * the timed runs: each unit's score sheet holds the sample answers the demo uses, and each assessing
 * body's sheet its cells about every unit it scores, drawn for each unit alone from the plan's
 * assignments (the demo's bodies' workbooks draw all their units in one sequence, which only the whole
 * workbook gives). Without the bodies' values every unit would owe the indicators the plan gives to
 * bodies, be listed as not scored and get no letter. A unit's values are read when scoring asks for
 * them and again for its letter, one read at a time, as the command reads them ({@code ScoreInputs}),
 * so the heap measured is the command's: the units' summaries, the documents being made.
 */
final class RealRender implements Workload {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    private final Workspace workspace;
    private Plan plan;
    private Renderer renderer;
    private String bodyTemplate;
    private Ledger ledger;
    private List<String> bodies;

    RealRender(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void prepare(int n) throws Exception {
        plan = SyntheticWorkspace.load(workspace);
        renderer = new Renderer(workspace, FontCatalog.find(Map.of()), true, plan.settings().notice().date(),
                plan.settings().notice().issuer());
        try (InputStream in = Defaults.open(workspace, "templates/notice-body.vm").orElseThrow()) {
            bodyTemplate = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        record(new SampleFiller(plan));
    }

    /**
     * Records every unit's score sheet and every body's sheet in the ledger, as ingest would after reading
     * the returned files (untimed): the same values, sources and submissions, without making the files.
     */
    private void record(SampleFiller filler) {
        ledger = Ledger.open(workspace);
        Instant at = Instant.parse("2009-12-20T08:00:00Z");
        for (AssessedUnit unit : plan.units()) {
            FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
            Map<FieldKey, String> answers = filler.sampleValues(layout);
            List<FieldValue> values = new ArrayList<>();
            for (CellSpec c : (Iterable<CellSpec>) layout.inputs()::iterator) {
                String v = answers.get(c.key());
                if (v != null && !v.isEmpty()) {
                    values.add(new FieldValue(values.size(), c.key(), v, c.rule().kind(), c.sheet(), c.ref()));
                }
            }
            accept(layout.identity(), ReturnedFileChecker.assessorKey(answers), values, at);
        }
        // one body's sheet at a time: all bodies' cells for 50,000 units at once outgrew the child's 1 GB
        Settings s = plan.settings();
        bodies = plan.assessors().bodies().stream().map(Assessor::code).toList();
        for (String body : bodies) {
            List<FieldValue> values = new ArrayList<>();
            plan.units().forEach(unit -> bodyValues(unit, body, values));
            accept(new FormIdentity(s.planCode(), s.year(), body, FormKind.ASSESSOR, s.forms().templateVersion()), "",
                    values, at);
        }
    }

    private void accept(FormIdentity identity, String assessor, List<FieldValue> values, Instant at) {
        String name = identity.unitCode() + "-" + identity.form().option() + ".xlsx";
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ReceivedFile file = new ReceivedFile(workspace.returnedDir().resolve(name), name, name, 1, hash);
        ledger.record(CheckedFile.accepted(file, SpreadsheetType.XLSX, identity, assessor, values), at);
    }

    /**
     * The first {@code n} units' values from the ledger (the others have none: not scored, no letter), read
     * for one unit when asked, one read at a time on the one connection, as {@code ScoreInputs} reads them
     * for the command (which the benchmark cannot call: it is not public).
     */
    private ScoredYear.Inputs inputs(int n) {
        // the timed runs score every unit: no set of all their codes held beside what the command holds
        Set<String> scored = new HashSet<>();
        if (n < plan.units().size()) {
            plan.units().subList(0, n).forEach(u -> scored.add(u.code()));
        }
        return unit -> {
            if (n < plan.units().size() && !scored.contains(unit.code())) {
                return new ScoredYear.UnitInputs(List.of(), List.of(), false);
            }
            synchronized (ledger) {
                List<SheetValue> sheets = new ArrayList<>();
                for (RecordedValue v : ledger.currentValues(FormKind.SCORE, List.of(unit.code()), "")) {
                    sheets.add(new SheetValue(v.unitCode(), v.assessor(), v.submissionId(), v.field(), v.value(),
                            v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
                }
                List<SheetValue> cells = new ArrayList<>();
                for (RecordedValue v : ledger.currentValues(FormKind.ASSESSOR, bodies, unit.code() + "/")) {
                    cells.add(new SheetValue(unit.code(), v.unitCode(), v.submissionId(), v.field(), v.value(),
                            v.sourceFile(), v.sheet(), v.cell(), v.fileHash()));
                }
                return new ScoredYear.UnitInputs(sheets, cells, false);
            }
        };
    }

    /**
     * One assessing body's cells about one unit, added to its sheet: for every indicator and veto the
     * body is assigned for the unit, a score between 70 % of the maximum and the maximum in steps of 0.5
     * with a deduction note below it, and 否 for a veto but for about one unit in forty, drawn from the
     * unit and body alone.
     */
    private void bodyValues(AssessedUnit unit, String body, List<FieldValue> values) {
        for (IndicatorSystem system : plan.systems()) {
            for (Indicator indicator : system.indicatorList()) {
                for (Assignment row : plan.assessors().rows(indicator.code(), unit)) {
                    if (row.unitSheet() || !row.assessorCode().equals(body)) {
                        continue;
                    }
                    Random rnd = new Random((unit.code() + "|" + row.assessorCode() + "|" + indicator.code()).hashCode());
                    BigDecimal max = indicator.maxScore();
                    int halves = max.multiply(BigDecimal.valueOf(2)).intValue();
                    BigDecimal score = BigDecimal.valueOf(halves - rnd.nextInt(halves * 3 / 10 + 1), 0)
                            .divide(BigDecimal.valueOf(2));
                    add(values, new FieldKey.UnitIndicatorField(unit.code(), indicator.code(), FieldKey.IndicatorPart.SCORE),
                            Numbers.plain(score), InputRule.Kind.DECIMAL);
                    if (score.compareTo(max) < 0) {
                        add(values, new FieldKey.UnitIndicatorField(unit.code(), indicator.code(), FieldKey.IndicatorPart.NOTE),
                                "扣" + Numbers.plain(max.subtract(score)) + "分", InputRule.Kind.TEXT);
                    }
                }
            }
        }
        for (Veto veto : plan.vetoes()) {
            for (Assignment row : plan.assessors().rows(veto.code(), unit)) {
                if (row.unitSheet() || !row.assessorCode().equals(body)) {
                    continue;
                }
                Random rnd = new Random((unit.code() + "|" + row.assessorCode() + "|" + veto.code()).hashCode());
                boolean found = rnd.nextInt(40) == 0;
                add(values, new FieldKey.UnitVetoField(unit.code(), veto.code(), FieldKey.VetoPart.ANSWER),
                        (found ? YesNo.YES : YesNo.NO).label(), InputRule.Kind.YES_NO);
                if (found) {
                    add(values, new FieldKey.UnitVetoField(unit.code(), veto.code(), FieldKey.VetoPart.EXPLAIN), "经核查属实",
                            InputRule.Kind.TEXT);
                }
            }
        }
    }

    private static void add(List<FieldValue> values, FieldKey field, String value, InputRule.Kind kind) {
        values.add(new FieldValue(values.size(), field, value, kind, "", ""));
    }

    @Override
    public void reset() throws Exception {
        Folders.discard(workspace.reportsDir());
    }

    @Override
    public void run(int n) throws Exception {
        ScoredYear year = ScoredYear.score(plan, inputs(n));
        // the list of files written is not kept: held until the next run, its N paths (3–4 MB at N=10,000)
        // would count in that run's peak heap and in the baseline's run beside it
        renderer.render(DocumentData.from(plan, year, List.of(), List.of(), bodyTemplate));
    }

    static int pages(Path pdf) throws IOException {
        Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /**
     * The pages of the last run's PDFs, counted when asked (after the timed runs, whose files stay in the
     * reports folder until the next {@link #reset}): reading back hundreds of megabytes of PDF is the
     * benchmark's work, not the command's, and the baseline takes its count from its fills for free.
     */
    @Override
    public int pages() {
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(workspace.reportsDir())) {
            pdfs = s.filter(f -> f.toString().endsWith(".pdf")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int pages = 0;
        for (Path f : pdfs) {
            try {
                pages += pages(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    @Override
    public String note() {
        return "real also writes DOCX (notice, letters) and XLSX (tables); pages counted in its PDFs";
    }
}
