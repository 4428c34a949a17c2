package org.shuangbai.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuangbai.Workspace;
import org.shuangbai.app.IngestReturns;
import org.shuangbai.app.Intake;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.web.ConsoleServer;

/**
 * The web console's two speed goals, asked over HTTP on loopback as a browser asks, of a console started in
 * this JVM on the synthetic workspace with one accepted score sheet per unit in its ledger (made untimed):
 * <ul>
 * <li>{@code console-board}: the board's first page recomputed after a change (the plan's settings touched, so
 * plan and ledger are read again for N units); baseline: the same page from the console's cache (HTTP and
 * template alone). Goal: under 1 s.</li>
 * <li>{@code console-upload}: {@value #UPLOAD} filled returns (new content each run: another assessor's name)
 * in one request, until the progress page shows the first verdict; baseline: until the upload is answered (the
 * files are on disk). Goal: under 2 s.</li>
 * </ul>
 */
final class ConsoleCase {
    static final int UPLOAD = 100;
    static final double BOARD_MAX_SECONDS = 1;
    static final double FIRST_VERDICT_MAX_SECONDS = 2;
    private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private String cookie = "";

    private ConsoleCase(URI base) {
        this.base = base;
    }

    static List<Report.Row> measure(Bench.Options options, Workspace ws, Path scratch, int n, PrintWriter log)
            throws Exception {
        log.printf("准备控制台测量：%d 份已受理的评分表（不计时）……%n", n);
        Path returned = scratch.resolve("console-returned");
        FilledReturns filled = new FilledReturns(ws, returned);
        filled.prepare(n);
        filled.reset();
        filled.run(n);
        IngestReturns.run(ws, List.of(returned), Intake.Listener.NONE);
        Folders.deleteTree(returned);
        int uploads = Math.min(UPLOAD, n);
        Uploads files = new Uploads(ws, scratch.resolve("console-upload"), uploads);
        try (ConsoleServer server = ConsoleServer.start(new ConsoleServer.Options(ws, "127.0.0.1", 0,
                Clock.systemDefaultZone(), new PrintStream(PrintStream.nullOutputStream())))) {
            ConsoleCase console = new ConsoleCase(server.url());
            log.printf("测量 console-board，N=%d，%d 次……%n", n, options.runs());
            Path settings = ws.planDir().resolve("settings.properties");
            Measurement board = console.time("real", n, options.runs(), () -> {
                Files.setLastModifiedTime(settings, FileTime.fromMillis(System.currentTimeMillis()));
                return console.get("/board");
            });
            Measurement cached = console.time("baseline", n, options.runs(), () -> console.get("/board"));
            log.printf("测量 console-upload（%d 份），N=%d，%d 次……%n", uploads, n, options.runs());
            List<Long> answered = new ArrayList<>();
            Measurement firstVerdict = console.time("real", n, options.runs(), () -> {
                List<Path> batch = files.next();
                console.get("/intake");
                long start = System.nanoTime();
                String job = console.upload(batch);
                answered.add(System.nanoTime() - start);
                long first = console.untilFirstVerdict(job) - start;
                console.untilDone(job); // untimed: the next run starts with the console idle
                return first;
            });
            Measurement upload = new Measurement("console-upload", "baseline", n, 1,
                    answered.subList(answered.size() - options.runs(), answered.size()), List.of(), 0, 0, 0, "");
            String how = "in the bench JVM, over HTTP on loopback";
            return List.of(
                    new Report.Row("console-board", n, 1, rename(board, "console-board"), rename(cached, "console-board"),
                            "first page after a change; baseline: the same page cached; " + how),
                    new Report.Row("console-upload", n, 1, rename(firstVerdict, "console-upload"), upload,
                            uploads + " returns in one request, until the first verdict shows; baseline: until the upload is answered; "
                                    + how));
        }
    }

    private static Measurement rename(Measurement m, String caseName) {
        return new Measurement(caseName, m.variant(), m.units(), m.threads(), m.runNanos(), List.of(), 0, 0, 0, "");
    }

    @FunctionalInterface
    private interface Timed {
        /** Does the work; answers its own measured nanoseconds, or a negative number to be timed from outside. */
        long run() throws Exception;
    }

    /** One untimed warm-up, then {@code runs} timed runs. */
    private Measurement time(String variant, int n, int runs, Timed work) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int r = -1; r < runs; r++) {
            long t0 = System.nanoTime();
            long own = work.run();
            long elapsed = own >= 0 ? own : System.nanoTime() - t0;
            if (r >= 0) {
                times.add(elapsed);
            }
        }
        return new Measurement("console", variant, n, 1, times, List.of(), 0, 0, 0, "");
    }

    /** A GET, checked; answers -1 (timed from outside). */
    private long get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + r.statusCode());
        }
        return -1;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrfToken = m.group(1);
        }
        return r;
    }

    private String csrfToken = "";

    /** Posts the files as the intake page's script does (streamed from disk); answers the progress page's path. */
    private String upload(List<Path> files) throws IOException, InterruptedException {
        String boundary = "----shuangbai-bench-" + System.nanoTime();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (Path f : files) {
            parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n", StandardCharsets.UTF_8));
            parts.add(HttpRequest.BodyPublishers.ofFile(f));
            parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/intake/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-Token", csrfToken)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))));
        String job = r.headers().firstValue("Location").orElse(null);
        if (r.statusCode() / 100 != 3 || job == null) {
            throw new IOException("upload answered " + r.statusCode() + ": " + r.body());
        }
        return job;
    }

    /** The moment the progress rows first hold a verdict. */
    private long untilFirstVerdict(String job) throws Exception {
        return poll(job, r -> Integer.parseInt(r.headers().firstValue("X-Job-Next").orElse("0")) > 0);
    }

    private void untilDone(String job) throws Exception {
        poll(job, r -> !"RUNNING".equals(r.headers().firstValue("X-Job-State").orElse("")));
    }

    private long poll(String job, java.util.function.Predicate<HttpResponse<String>> done) throws Exception {
        for (long deadline = System.nanoTime() + 600_000_000_000L; System.nanoTime() < deadline; Thread.sleep(10)) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(job + "/rows?from=0")).GET());
            if (done.test(r)) {
                return System.nanoTime();
            }
        }
        throw new IOException(job + " did not get there in 10 minutes");
    }

    /** Batches of filled returns of the first units, each batch new content (another assessor's name). */
    private static final class Uploads {
        private final Path folder;
        private final Plan plan;
        private final Distribution distribution;
        private final SampleFiller filler;
        private final List<AssessedUnit> units;
        private int batch;
        /** Who signs the sheet: the assessor, or the unit's contact where bodies give every score. */
        private final FieldKey signer;

        Uploads(Workspace ws, Path folder, int count) throws IOException {
            this.folder = folder;
            plan = SyntheticWorkspace.load(ws);
            distribution = new Distribution(ws, plan);
            filler = new SampleFiller(plan, FormTexts.load(ws));
            units = plan.units().subList(0, count);
            signer = plan.assessors().active() ? FieldKey.FormField.UNIT_CONTACT : FieldKey.FormField.ASSESSOR_NAME;
            distribution.generate(units, List.of(FormKind.SCORE), p -> { });
        }

        List<Path> next() throws Exception {
            batch++;
            Path dir = Files.createDirectories(folder.resolve("batch-" + batch));
            List<Path> files = new ArrayList<>();
            for (AssessedUnit u : units) {
                Path out = dir.resolve(u.code() + "-score.xlsx");
                filler.fillSample(distribution.file(u, FormKind.SCORE), out, Map.of(signer, "测速" + batch));
                files.add(out);
            }
            return files;
        }
    }
}
