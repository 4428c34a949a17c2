package org.shuangbai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.intake.ReturnedFileChecker;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.Scoring;
import org.shuangbai.scoring.SheetValue;

/**
 * The render command's work: mapping the results to document data and rendering every document
 * (notice with its N-row summary, N letters) with the real {@link Renderer}. The results come
 * from the real {@code Scoring.score} over the sample answers the demo uses (the units' score sheets
 * and the assessing bodies' workbooks), built directly as ledger values: going through the workbooks
 * and the ledger would only lengthen the run. Without the bodies' values every unit would owe
 * the indicators the plan gives to bodies, be listed as not scored and get no letter. Scoring is
 * prepared, not timed (see {@link #prepared}).
 */
final class RealRender implements Workload {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    private final Workspace workspace;
    private Plan plan;
    private Renderer renderer;
    private String bodyTemplate;
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
        prepared = results(n);
        preparedFor = n;
    }

    /**
     * The results of the N units, scored before the timed runs. The timed run measures the
     * documents: mapping and rendering, with what the render command holds while it renders (the
     * results without their source cells). Scoring, whose inputs (the ledger's values, 1.6 million
     * at 10,000 units) are garbage before the first document, is outside the timed run and its heap
     * window; the warm-up's smaller N is scored when it runs.
     */
    private Results prepared;
    private int preparedFor = -1;

    private Results results(int n) {
        if (n == preparedFor) {
            return prepared;
        }
        return Scoring.score(plan, sampleValues(plan, n), bodyValues(plan, n), Set.of()).withoutSources();
    }

    private static final String HASH = "0".repeat(64);

    /** The sample answers of the first {@code n} units' score sheets, as the ledger would hand them to scoring. */
    static List<SheetValue> sampleValues(Plan plan, int n) {
        SampleFiller filler = new SampleFiller(plan);
        List<SheetValue> values = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        long submission = 0;
        for (AssessedUnit unit : plan.units().subList(0, n)) {
            String file = unit.code() + ".xlsx";
            String path = "input/returned/" + file;
            FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
            Map<FieldKey, String> answers = filler.sampleValues(layout);
            String assessor = ReturnedFileChecker.assessorKey(answers);
            submission++;
            int position = 0;
            for (CellSpec c : (Iterable<CellSpec>) layout.inputs()::iterator) {
                String v = answers.get(c.key());
                position++;
                if (v == null || v.isEmpty()) {
                    continue;
                }
                // One file name, path and hash per unit, shared by its values, as Ledger.currentValues shares them.
                values.add(new SheetValue(unit.code(), shared.computeIfAbsent(assessor, k -> k),
                        submission, c.key(), v, file, shared.computeIfAbsent(c.sheet(), k -> k),
                        shared.computeIfAbsent(c.ref(), k -> k), HASH));
            }
        }
        return values;
    }

    /**
     * The sample scores of every assessing body's workbook for the first {@code n} units, as
     * {@code ScoreInputs} hands them to scoring (unit = the scored unit, assessor = the body).
     */
    static List<SheetValue> bodyValues(Plan plan, int n) {
        Set<String> units = new HashSet<>();
        plan.units().subList(0, n).forEach(u -> units.add(u.code()));
        SampleFiller filler = new SampleFiller(plan);
        List<SheetValue> values = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        long submission = 0;
        for (Assessor body : plan.assessors().bodies()) {
            FormLayout layout = FormLayouts.build(plan, body);
            Map<FieldKey, String> answers = filler.sampleValues(layout);
            String file = body.code() + ".xlsx";
            submission++;
            for (CellSpec c : (Iterable<CellSpec>) layout.inputs()::iterator) {
                String v = answers.get(c.key());
                String unit = c.key() instanceof FieldKey.UnitIndicatorField f ? f.unitCode()
                        : c.key() instanceof FieldKey.UnitVetoField f ? f.unitCode() : null;
                if (v == null || v.isEmpty() || unit == null || !units.contains(unit)) {
                    continue;
                }
                values.add(new SheetValue(unit, body.code(), submission, c.key(), v, file,
                        shared.computeIfAbsent(c.sheet(), k -> k), shared.computeIfAbsent(c.ref(), k -> k), HASH));
            }
        }
        return values;
    }

    @Override
    public void reset() throws Exception {
        Folders.discard(workspace.reportsDir());
    }

    @Override
    public void run(int n) throws Exception {
        List<Path> files = renderer.render(DocumentData.from(plan, results(n), List.of(), List.of(), bodyTemplate));
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
