package org.shuangbai.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.documents.DocumentData;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.documents.Renderer;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.intake.ReturnedFileChecker;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.YesNo;
import org.shuangbai.text.Numbers;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;
import org.shuangbai.scoring.ScoredYear;
import org.shuangbai.scoring.SheetValue;

/**
 * The render command's work: scoring the year unit by unit ({@link ScoredYear}, as the command does from
 * the ledger), mapping the results to document data and rendering every document (notice with its
 * N-row summary, N letters) with the real {@link Renderer}. A unit's inputs are made when scoring asks
 * for them, as the ledger would read them, and asked for again for its letter: its score sheet holds
 * the sample answers the demo uses, and the assessing bodies' cells about it are drawn for the unit
 * alone from the plan's assignments (the demo's bodies' workbooks draw all their units in one sequence,
 * which only the whole workbook gives). Without the bodies' values every unit would owe the indicators
 * the plan gives to bodies, be listed as not scored and get no letter. Nothing of the year's values is
 * held, so the heap measured is the command's: the units' summaries, the documents being made.
 */
final class RealRender implements Workload {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    private final Workspace workspace;
    private Plan plan;
    private Renderer renderer;
    private String bodyTemplate;
    private SampleFiller filler;
    private int pages;

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
        filler = new SampleFiller(plan);
    }

    private static final String HASH = "0".repeat(64);

    /**
     * The inputs of the first {@code n} units (the others have none: not scored, no letter), made for one
     * unit when asked, the same each time. One at a time, as the command reads its ledger.
     */
    private ScoredYear.Inputs inputs(int n) {
        Map<String, Integer> submissions = new HashMap<>();
        plan.units().subList(0, n).forEach(u -> submissions.putIfAbsent(u.code(), submissions.size() + 1));
        return unit -> {
            Integer submission = submissions.get(unit.code());
            if (submission == null) {
                return new ScoredYear.UnitInputs(List.of(), List.of(), false);
            }
            synchronized (this) {
                return new ScoredYear.UnitInputs(sheetValues(unit, submission), bodyValues(unit), false);
            }
        };
    }

    /** The sample answers of a unit's score sheet, as the ledger would hand them to scoring. */
    private List<SheetValue> sheetValues(AssessedUnit unit, long submission) {
        String file = unit.code() + ".xlsx";
        FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
        Map<FieldKey, String> answers = filler.sampleValues(layout);
        String assessor = ReturnedFileChecker.assessorKey(answers);
        List<SheetValue> values = new ArrayList<>();
        for (CellSpec c : (Iterable<CellSpec>) layout.inputs()::iterator) {
            String v = answers.get(c.key());
            if (v != null && !v.isEmpty()) {
                values.add(new SheetValue(unit.code(), assessor, submission, c.key(), v, file, c.sheet(), c.ref(), HASH));
            }
        }
        return values;
    }

    /**
     * The assessing bodies' cells about one unit, as {@code ScoreInputs} hands them to scoring (unit = the
     * scored unit, assessor = the body): for every indicator and veto a body is assigned for the unit, a
     * score between 70 % of the maximum and the maximum in steps of 0.5 with a deduction note below it,
     * and 否 for a veto but for about one unit in forty, drawn from the unit and body alone.
     */
    private List<SheetValue> bodyValues(AssessedUnit unit) {
        List<SheetValue> values = new ArrayList<>();
        // each body's workbook is one submission, numbered after the units' own
        Map<String, Long> submissions = new HashMap<>();
        plan.assessors().bodies().forEach(b -> submissions.put(b.code(), plan.units().size() + submissions.size() + 1L));
        for (IndicatorSystem system : plan.systems()) {
            for (Indicator indicator : system.indicatorList()) {
                for (Assignment row : plan.assessors().rows(indicator.code(), unit)) {
                    if (row.unitSheet()) {
                        continue;
                    }
                    Random rnd = new Random((unit.code() + "|" + row.assessorCode() + "|" + indicator.code()).hashCode());
                    BigDecimal max = indicator.maxScore();
                    int halves = max.multiply(BigDecimal.valueOf(2)).intValue();
                    BigDecimal score = BigDecimal.valueOf(halves - rnd.nextInt(halves * 3 / 10 + 1), 0)
                            .divide(BigDecimal.valueOf(2));
                    long submission = submissions.getOrDefault(row.assessorCode(), 0L);
                    values.add(bodyValue(unit, row, submission, new FieldKey.UnitIndicatorField(unit.code(), indicator.code(),
                            FieldKey.IndicatorPart.SCORE), Numbers.plain(score)));
                    if (score.compareTo(max) < 0) {
                        values.add(bodyValue(unit, row, submission, new FieldKey.UnitIndicatorField(unit.code(),
                                indicator.code(), FieldKey.IndicatorPart.NOTE), "扣" + Numbers.plain(max.subtract(score)) + "分"));
                    }
                }
            }
        }
        for (Veto veto : plan.vetoes()) {
            for (Assignment row : plan.assessors().rows(veto.code(), unit)) {
                if (row.unitSheet()) {
                    continue;
                }
                Random rnd = new Random((unit.code() + "|" + row.assessorCode() + "|" + veto.code()).hashCode());
                boolean found = rnd.nextInt(40) == 0;
                long submission = submissions.getOrDefault(row.assessorCode(), 0L);
                values.add(bodyValue(unit, row, submission, new FieldKey.UnitVetoField(unit.code(), veto.code(),
                        FieldKey.VetoPart.ANSWER), (found ? YesNo.YES : YesNo.NO).label()));
                if (found) {
                    values.add(bodyValue(unit, row, submission, new FieldKey.UnitVetoField(unit.code(), veto.code(),
                            FieldKey.VetoPart.EXPLAIN), "经核查属实"));
                }
            }
        }
        return values;
    }

    private static SheetValue bodyValue(AssessedUnit unit, Assignment row, long submission, FieldKey field, String value) {
        return new SheetValue(unit.code(), row.assessorCode(), submission, field, value, row.assessorCode() + ".xlsx",
                "", "", HASH);
    }

    @Override
    public void reset() throws Exception {
        Folders.discard(workspace.reportsDir());
    }

    @Override
    public void run(int n) throws Exception {
        ScoredYear year = ScoredYear.score(plan, inputs(n));
        List<Path> files = renderer.render(DocumentData.from(plan, year, List.of(), List.of(), bodyTemplate));
        pages = 0;
        for (Path f : files) {
            if (f.toString().endsWith(".pdf")) {
                pages += pages(f);
            }
        }
    }

    static int pages(Path pdf) throws IOException {
        Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public String note() {
        return "real also writes DOCX (notice, letters) and XLSX (tables); pages counted in its PDFs";
    }
}
