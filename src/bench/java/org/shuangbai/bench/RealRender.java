package org.shuangbai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.shuangbai.plan.Plan;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.Scoring;

/**
 * The render command's work: mapping the results to document data and rendering every document
 * (notice with its N-row summary, N letters) with the real {@link Renderer}. The results come from
 * the real {@code Scoring.score} over the sample answers the demo uses, built directly as ledger
 * values (not timed): going through N workbooks and the ledger would only lengthen the preparation.
 */
final class RealRender implements Workload {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    private final Workspace workspace;
    private Plan plan;
    private Renderer renderer;
    private String bodyTemplate;
    private final Map<Integer, Results> results = new HashMap<>();
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
    }

    private Results results(int n) {
        return results.computeIfAbsent(n, k -> Scoring.score(plan, sampleValues(plan, k), Set.of()));
    }

    private static final String HASH = "0".repeat(64);

    /** The sample answers of the first {@code n} units' score sheets, as the ledger would hand them to scoring. */
    static List<org.shuangbai.scoring.SheetValue> sampleValues(Plan plan, int n) {
        SampleFiller filler = new SampleFiller(plan);
        List<org.shuangbai.scoring.SheetValue> values = new ArrayList<>();
        Map<String, String> shared = new java.util.HashMap<>();
        long submission = 0;
        for (AssessedUnit unit : plan.units().subList(0, n)) {
            String file = unit.code() + ".xlsx";
            String path = "input/returned/" + file;
            FormLayout layout = FormLayouts.build(plan, unit, FormKind.SCORE);
            Map<org.shuangbai.plan.FieldKey, String> answers = filler.sampleValues(layout);
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
                values.add(new org.shuangbai.scoring.SheetValue(unit.code(), shared.computeIfAbsent(assessor, k -> k),
                        submission, c.key(), v, file, shared.computeIfAbsent(c.sheet(), k -> k),
                        shared.computeIfAbsent(c.ref(), k -> k), HASH));
            }
        }
        return values;
    }

    @Override
    public void reset() throws Exception {
        Folders.deleteTree(workspace.reportsDir());
    }

    @Override
    public void run(int n) throws Exception {
        Results r = results(n);
        List<Path> files = renderer.render(DocumentData.from(plan, r, List.of(), List.of(), bodyTemplate));
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
