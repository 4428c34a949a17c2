package org.shuangbai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.Workspace;

/**
 * Runs the benchmark: for each N, builds a synthetic workspace, then times every case and its
 * baseline, each in a child JVM of its own ({@link Probe}), and collects a {@link Report}.
 */
public final class Bench {
    /** Heap of every child JVM: fixed, so that "peak heap not growing with N" is also "fits". */
    public static final String CHILD_HEAP = "-Xmx1g";

    /**
     * No dead space left in place by whole-heap collections. The serial collector's mark-compact may leave
     * up to this percentage of the old generation's capacity (5 by default) as garbage it does not move
     * live objects over, filled with int arrays no one refers to, in three collections of four. That
     * garbage counted in the heap left after a collection, which {@link HeapMonitor} reports as what a case
     * keeps reachable, and it grows with the old generation's capacity, which grows with N: in a render at
     * N=10,000, a heap dump after such a collection held 13 MB of int arrays with no referrer among 78 MB.
     */
    static final String NO_DEAD_WOOD = "-XX:MarkSweepDeadRatio=0";

    /**
     * @param units   the N values, ascending
     * @param runs    timed runs per measurement (after one warm-up run on at most {@code warmup} units)
     * @param cases   among generate, ingest, render, console, e2e
     * @param threads thread counts the generate case (and its baseline) are measured with
     * @param root    the project folder: e2e runs its launcher, if any
     * @param scratch where synthetic workspaces and outputs go (deleted afterwards unless kept)
     */
    public record Options(List<Integer> units, int runs, int warmup, List<String> cases, List<Integer> threads,
                          Path root, Path scratch, Path reportFile) {
    }

    private final Options options;
    private final PrintWriter log;

    public Bench(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public Report run() throws Exception {
        Report report = new Report(Machine.current(), options, options.reportFile());
        for (int n : options.units()) {
            Path base = options.scratch().resolve("n" + n);
            Workspace ws = SyntheticWorkspace.create(base.resolve("workspace"), n);
            if (options.cases().contains("generate")) {
                for (int t : options.threads()) {
                    List<String> variants = new ArrayList<>(List.of(Workloads.BASELINE));
                    if (available("generate")) {
                        variants.add(Workloads.REAL); // the command itself now spreads units over the cores
                    }
                    measure(report, "generate", variants, ws, base, n, t, m -> new Report.Row("generate", n, t,
                            m.get(Workloads.REAL), m.get(Workloads.BASELINE), Workloads.note("generate")));
                }
            }
            // Ingest and render use all cores: measured with the most threads asked for.
            int most = options.threads().stream().max(Integer::compare).orElse(1);
            if (options.cases().contains("ingest")) {
                log.println("准备 " + n + " 份已填写的评分表（不计时）……");
                probe("ingest", List.of(Workloads.PREPARE), ws, base, n, most, 1, 0);
                measure(report, "ingest", withReal("ingest"), ws, base, n, most, m -> new Report.Row("ingest", n, most,
                        m.get(Workloads.REAL), m.get(Workloads.BASELINE), Workloads.note("ingest")));
            }
            if (options.cases().contains("bodies")) {
                measure(report, "bodies-generate", withReal("bodies-generate"), ws, base, n, most,
                        m -> new Report.Row("bodies-generate", n, most, m.get(Workloads.REAL), m.get(Workloads.BASELINE),
                                Workloads.note("bodies-generate")));
                probe("bodies-ingest", List.of(Workloads.PREPARE), ws, base, n, most, 1, 0);
                measure(report, "bodies-ingest", withReal("bodies-ingest"), ws, base, n, most,
                        m -> new Report.Row("bodies-ingest", n, most, m.get(Workloads.REAL), m.get(Workloads.BASELINE),
                                Workloads.note("bodies-ingest")));
            }
            if (options.cases().contains("render")) {
                measure(report, "render", withReal("render"), ws, base, n, most, m -> new Report.Row("render", n, most,
                        m.get(Workloads.REAL), m.get(Workloads.BASELINE), Workloads.note("render")));
            }
            if (options.cases().contains("console")) {
                console(report, ws, base, n);
            }
            Folders.deleteTree(base);
        }
        if (options.cases().contains("e2e")) {
            report.add(EndToEnd.measure(options, log));
        }
        report.finish();
        return report;
    }

    /** The console's board and upload, in this JVM (see {@link ConsoleCase}); a failure is reported and the run goes on. */
    private void console(Report report, Workspace ws, Path base, int n) throws IOException {
        try {
            for (Report.Row row : ConsoleCase.measure(options, ws, base, n, log)) {
                log.printf("  %s：中位数 %.3f s（基准 %.3f s）%n", row.caseName(), row.real().medianNanos() / 1e9,
                        row.baseline().medianNanos() / 1e9);
                report.add(row);
            }
        } catch (Exception e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replace('|', '/');
            log.println("  失败：" + reason);
            report.add(Report.Row.failed("console-board", n, 1, e.getClass().getSimpleName() + ": " + reason));
        }
    }

    private boolean available(String caseName) {
        boolean yes = Workloads.available(caseName, Workloads.REAL);
        if (!yes) {
            log.println("  " + caseName + "：实际命令尚未接入，仅测基准。");
        }
        return yes;
    }

    private List<String> withReal(String caseName) {
        return available(caseName) ? List.of(Workloads.BASELINE, Workloads.REAL) : List.of(Workloads.BASELINE);
    }

    /**
     * Measures one case and adds its row to the report; when its child JVM fails (out of memory, say)
     * the row says so with the reason, and the run goes on.
     */
    private void measure(Report report, String caseName, List<String> variants, Workspace ws, Path base, int n,
                         int threads, java.util.function.Function<Map<String, Measurement>, Report.Row> row)
            throws Exception {
        log.printf("测量 %s（%s），N=%d，线程 %d，%d 次……%n", caseName, String.join("、", variants), n, threads, options.runs());
        Map<String, Measurement> m;
        try {
            m = probe(caseName, variants, ws, base, n, threads, options.runs(), options.warmup());
        } catch (IOException e) {
            String reason = e.getMessage().lines().findFirst().orElse("").replace('|', '/');
            log.println("  失败：" + reason);
            report.add(Report.Row.failed(caseName, n, threads, reason));
            return;
        }
        m.values().forEach(x -> log.printf("  %s：中位数 %.2f s，GC后堆峰值 %d MB%n", x.variant(), x.medianNanos() / 1e9,
                x.peakAfterGcBytes() >> 20));
        report.add(row.apply(m));
    }

    /** Starts a child JVM on the same classpath running {@link Probe}, and parses its result lines. */
    static Map<String, Measurement> probe(String caseName, List<String> variants, Workspace ws, Path base, int n, int threads,
                                          int runs, int warmup) throws IOException, InterruptedException {
        // The commands use every core the JVM sees (Parallel.map, Renderer, Intake): the child sees
        // exactly `threads`, so the real work and its baseline run on the same number of cores.
        List<String> cmd = javaCommandOnThisClasspath(childOptions(threads));
        cmd.add(Probe.class.getName());
        cmd.add("case=" + caseName);
        cmd.add("variants=" + String.join(",", variants));
        cmd.add("units=" + n);
        cmd.add("threads=" + threads);
        cmd.add("runs=" + runs);
        cmd.add("warmup=" + warmup);
        cmd.add("workspace=" + ws.root());
        cmd.add("scratch=" + base.toAbsolutePath());
        // The child's errors go to a file as well as the console, so that a failure's reason reaches the report.
        Files.createDirectories(base);
        Path errors = Files.createTempFile(base, "probe-", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        Map<String, Measurement> results = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(Probe.RESULT)) {
                    Measurement m = Measurement.decode(line);
                    results.put(m.variant(), m);
                } else {
                    other.add(line);
                }
            }
        }
        int code = p.waitFor();
        List<String> stderr = Files.readAllLines(errors, StandardCharsets.UTF_8);
        Files.delete(errors);
        stderr.forEach(System.err::println);
        if (code != 0 || results.size() != variants.size()) {
            String reason = stderr.stream().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                    .orElse("exit " + code);
            throw new IOException("child JVM failed for " + caseName + " N=" + n + " (" + reason.strip() + ")\n"
                    + String.join("\n", other));
        }
        return results;
    }

    /** The child JVM's own options, before the launcher's: its heap, its cores, whole collections compacting. */
    static String[] childOptions(int threads) {
        return new String[] {CHILD_HEAP, "-XX:ActiveProcessorCount=" + threads, NO_DEAD_WOOD};
    }

    /** jvm.options, the launcher's argument file, as bundled with the bench: one option per line, # comments. */
    static List<String> launcherOptions() {
        try (InputStream in = Bench.class.getResourceAsStream("/jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("jvm.options is missing from the bench classpath; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The java command of this JVM with the launcher's options (and no classpath yet). */
    static List<String> javaCommand(String... jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(launcherOptions());
        return cmd;
    }

    /** {@link #javaCommand} with this JVM's classpath (the product and the bench). */
    static List<String> javaCommandOnThisClasspath(String... jvmOptions) {
        List<String> cmd = javaCommand(jvmOptions);
        cmd.add("-cp");
        cmd.add(absoluteClasspath());
        return cmd;
    }

    private static String absoluteClasspath() {
        List<String> parts = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                parts.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }
}
