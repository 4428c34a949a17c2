package org.shuangbai.web;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.app.IngestReturns;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.app.Intake;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * Measures the console's two speed targets on a synthetic workspace (not a unit test: run by hand, see the
 * README's developer notes):
 *
 * <pre>java @jvm.options -cp target/classes:target/test-classes:$(cat cp.txt) org.shuangbai.web.ConsoleSpeed 10000 DIR</pre>
 *
 * builds DIR (kept between runs) with N units, each with a filled score sheet in the ledger, then times:
 * the board's first page as the server answers it (cold after start, recomputed after a change, cached,
 * a later page, a filtered page); and an upload of 100 filled returns (in one request) until its first
 * verdict can be read from the progress page, and until the last.
 */
public final class ConsoleSpeed {
    private ConsoleSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/console-speed-" + units).toAbsolutePath();
        Workspace ws = prepare(dir, units);
        PrintStream out = System.out;
        try (ConsoleServer server = ConsoleServer.start(new ConsoleServer.Options(ws, "127.0.0.1", 0,
                Clock.systemDefaultZone(), System.err))) {
            WebClient web = new WebClient(server.url());
            out.printf("board, first request at once after start: %d ms%n", time(web, "/board"));
            touch(ws);
            Thread.sleep(3000);
            out.printf("board, recomputed after a change:  %d ms%n", time(web, "/board"));
            out.printf("board, same page again (cached):  %d ms%n", time(web, "/board"));
            out.printf("board, page 50:                    %d ms%n", time(web, "/board?page=50"));
            out.printf("board, filter 委办局 + search:      %d ms%n", time(web, "/board?group=DEPARTMENT&q=0999"));
            for (int i = 0; i < 3; i++) {
                touch(ws);
                out.printf("board, recomputed after a change:  %d ms%n", time(web, "/board"));
            }

            List<Path> hundred = returns(ws, dir.resolve("upload"), 100);
            web.get("/intake");
            long start = System.nanoTime();
            WebClient.Page started = web.upload(hundred, true);
            long accepted = System.nanoTime();
            String job = started.location();
            long first = 0;
            while (true) {
                WebClient.Page rows = web.get(job + "/rows?from=0");
                if (first == 0 && Integer.parseInt(rows.header("X-Job-Next")) > 0) {
                    first = System.nanoTime();
                }
                if (!"RUNNING".equals(rows.header("X-Job-State"))) {
                    break;
                }
                Thread.sleep(20);
            }
            long all = System.nanoTime();
            out.printf("upload of 100 returns: request answered %d ms, first verdict %d ms, all 100 %d ms%n",
                    (accepted - start) / 1_000_000, (first - start) / 1_000_000, (all - start) / 1_000_000);
            out.printf("board, after the upload (ledger changed, plan kept): %d ms%n", time(web, "/board"));
        }
    }

    private static long time(WebClient web, String path) throws Exception {
        long t = System.nanoTime();
        WebClient.Page p = web.get(path);
        if (p.status() != 200) {
            throw new IllegalStateException(path + " answered " + p.status());
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** A change the board must notice: the plan's settings file touched. */
    private static void touch(Workspace ws) throws IOException {
        Path settings = ws.planDir().resolve("settings.properties");
        Files.setLastModifiedTime(settings, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    }

    /** The workspace with N units and a filled score sheet of each in its ledger (made once, then reused). */
    static Workspace prepare(Path dir, int n) throws Exception {
        Workspace ws = new Workspace(dir.resolve("ws"));
        if (Files.exists(ws.ledgerFile())) {
            return ws;
        }
        if (!Files.exists(ws.planDir())) {
            for (String folder : new String[] {"input/plan", "templates", "reports"}) {
                Defaults.copy(folder, ws.root());
            }
        }
        Files.createDirectories(ws.returnedDir());
        try (Writer w = Files.newBufferedWriter(ws.planDir().resolve("units.csv"), StandardCharsets.UTF_8)) {
            w.write("\uFEFF代码,名称,分组,类型\n");
            int streets = (n + 1) / 2;
            for (int i = 0; i < n; i++) {
                boolean street = i < streets;
                int k = street ? i + 1 : i - streets + 1;
                w.write(street ? String.format("S%05d,速测第%05d街道办事处,街乡,街道办事处%n", k, k)
                        : String.format("D%05d,区速测第%05d局,委办局,委办局%n", k, k));
            }
        }
        Plan plan = PlanLoader.load(ws.planDir());
        System.err.printf("generating %d score sheets…%n", n);
        Distribution distribution = new Distribution(ws, plan);
        // an interrupted preparation resumes where it stopped
        distribution.generate(plan.units().stream().filter(u -> !Files.exists(distribution.file(u, FormKind.SCORE)))
                .toList(), List.of(FormKind.SCORE), p -> { });
        System.err.printf("filling them…%n");
        SampleFiller filler = new SampleFiller(plan, distribution.texts());
        org.shuangbai.Parallel.map(plan.units(), u -> {
            Path filled = ws.returnedDir().resolve(u.code() + ".xlsx");
            if (!Files.exists(filled)) {
                filler.fillSample(distribution.file(u, FormKind.SCORE), filled);
            }
            return 0;
        });
        System.err.printf("ingesting them…%n");
        IngestReturns.run(ws, List.of(), Intake.Listener.NONE);
        return ws;
    }

    /** {@code count} filled returns again (new content: another assessor), outside the workspace. */
    static List<Path> returns(Workspace ws, Path folder, int count) throws Exception {
        Plan plan = PlanLoader.load(ws.planDir());
        Distribution distribution = new Distribution(ws, plan);
        SampleFiller filler = new SampleFiller(plan, distribution.texts());
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        String stamp = Long.toString(System.currentTimeMillis());
        for (AssessedUnit u : plan.units().subList(0, count)) {
            Path out = folder.resolve(u.code() + "-" + stamp + ".xlsx");
            filler.fillSample(distribution.file(u, FormKind.SCORE), out, java.util.Map.of(
                    org.shuangbai.plan.FieldKey.FormField.ASSESSOR_NAME, "测速" + stamp));
            files.add(out);
        }
        return files;
    }
}
