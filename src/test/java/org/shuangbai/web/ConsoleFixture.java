package org.shuangbai.web;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.shuangbai.TestPlans;
import org.shuangbai.Workspace;
import org.shuangbai.forms.BodyDistribution;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.forms.WorkspaceKey;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * A small workspace for the console's tests: the bundled plan cut to six units, the first of which has a
 * name no page may print unescaped, its workbooks generated with this workspace's key, and helpers that
 * fill them as a unit would (right, or wrong in one cell).
 */
final class ConsoleFixture {
    /** Characters that must come out of every page escaped. */
    static final String HOSTILE = "<script>alert(1)</script>\"'&";
    static final String HOSTILE_NAME = "朝外街道" + HOSTILE + "办事处";
    static final String HOSTILE_NOTE = "扣分说明<img src=x onerror=alert(2)>\"'&";
    /** The body renamed {@link #HOSTILE_BODY_NAME} in a plan with bodies. */
    static final String HOSTILE_BODY = "JCZ1";
    static final String HOSTILE_BODY_NAME = "第一检查组" + HOSTILE;

    final Workspace workspace;
    final Plan plan;
    final Path scratch;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    ConsoleFixture(Path dir) throws Exception {
        this(dir, false);
    }

    /**
     * With {@code bodies}, the plan keeps its assessing bodies (the six units' indicators scored in the bodies'
     * workbooks), and the first check group ({@link #HOSTILE_BODY}) gets a name no page may print unescaped.
     */
    ConsoleFixture(Path dir, boolean bodies) throws Exception {
        workspace = new Workspace(dir.resolve("ws"));
        scratch = Files.createDirectories(dir.resolve("scratch"));
        Files.createDirectories(workspace.returnedDir());
        // without bodies the units' score sheets carry the scores: most of the console's pages are about them
        TestPlans.copy(workspace.planDir(), bodies);
        if (bodies) {
            Path assessors = workspace.planDir().resolve(PlanLoader.ASSESSORS);
            Files.writeString(assessors, Files.readString(assessors, StandardCharsets.UTF_8)
                    .replace(HOSTILE_BODY + ",第一检查组,", HOSTILE_BODY + "," + csv(HOSTILE_BODY_NAME) + ","),
                    StandardCharsets.UTF_8);
        }
        List<String> lines = Files.readAllLines(workspace.planDir().resolve("units.csv"), StandardCharsets.UTF_8);
        StringBuilder units = new StringBuilder(lines.get(0)).append("\r\n");
        for (String line : lines.subList(1, lines.size())) {
            String code = line.substring(0, line.indexOf(','));
            if (List.of("S01", "S02", "S03", "D01", "D02", "D03").contains(code)) {
                units.append(code.equals("S01") ? line.replace("朝外街道办事处", csv(HOSTILE_NAME)) : line).append("\r\n");
            }
        }
        Files.writeString(workspace.planDir().resolve("units.csv"), units, StandardCharsets.UTF_8);
        WorkspaceKey.loadOrCreate(workspace);
        plan = PlanLoader.load(workspace.planDir());
    }

    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    AssessedUnit unit(String code) {
        return plan.unit(code).orElseThrow();
    }

    /** The blank workbook of a unit and form, generated (with this workspace's key) when missing. */
    Path blank(String code, FormKind kind) throws IOException {
        Distribution distribution = new Distribution(workspace, plan);
        Path file = distribution.file(unit(code), kind);
        if (!Files.exists(file)) {
            distribution.generate(List.of(unit(code)), List.of(kind), p -> { });
        }
        return file;
    }

    /** The unit's workbook filled with sample answers and {@code overrides}, saved under the scratch folder. */
    Path filled(String code, FormKind kind, String name, Map<FieldKey, String> overrides) throws IOException {
        Path out = scratch.resolve(name);
        new SampleFiller(plan, FormTexts.load(workspace)).fillSample(blank(code, kind), out, overrides);
        return out;
    }

    /** The score sheet of {@code code}, correct, its first note holding markup. */
    Path goodScoreSheet(String code, String name) throws IOException {
        return filled(code, FormKind.SCORE, name, Map.of(FieldKey.note(firstIndicator()), HOSTILE_NOTE));
    }

    /** The score sheet of {@code code} with the first score above its maximum: refused, naming the cell. */
    Path wrongScoreSheet(String code, String name) throws IOException {
        return filled(code, FormKind.SCORE, name, Map.of(FieldKey.score(firstIndicator()), "99"));
    }

    /** A score sheet whose first score is text with markup in it: refused, the text shown as found. */
    Path hostileTextScoreSheet(String code, String name) throws IOException {
        return filled(code, FormKind.SCORE, name, Map.of(FieldKey.score(firstIndicator()), HOSTILE));
    }

    /** A body's workbook (generated with this workspace's key) filled with sample scores and {@code overrides}. */
    Path bodyWorkbook(String code, String name, Map<FieldKey, String> overrides) throws IOException {
        BodyDistribution distribution = new BodyDistribution(workspace, plan);
        Assessor body = plan.assessors().body(code).orElseThrow();
        Path blank = distribution.file(body);
        if (!Files.exists(blank)) {
            distribution.generate(List.of(body), p -> { });
        }
        Path out = scratch.resolve(name);
        new SampleFiller(plan, FormTexts.load(workspace)).fillSample(blank, out, overrides);
        return out;
    }

    String firstIndicator() {
        return plan.indicators().findFirst().orElseThrow().code();
    }

    ConsoleServer start() throws Exception {
        return start("127.0.0.1");
    }

    ConsoleServer start(String bind) throws Exception {
        return ConsoleServer.start(new ConsoleServer.Options(workspace, bind, 0, Clock.systemDefaultZone(),
                new PrintStream(log, true, StandardCharsets.UTF_8)));
    }

    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
