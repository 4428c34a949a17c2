package org.shuangbai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The benchmark's findings: one row per case, N and threads, then the cross-row checks (threads, scaling, heap). */
public final class Report {
    static final String BEGIN = "<!-- bench:begin (written by `shuangbai bench`; text outside the markers is kept) -->";
    static final String END = "<!-- bench:end -->";

    /** Goals of issue 17 (issue 7 asked for 1.3×, 1.5× and a render that fits -Xmx1g). */
    static final double GENERATE_MAX_RATIO = 0.5;
    static final double INGEST_MAX_RATIO = 1.2;
    /** Render: time per page against the trivial design's. */
    static final double RENDER_MAX_PAGE_RATIO = 1.5;
    static final double THREAD_SPEEDUP_SHARE = 0.9;
    static final double SCALING_SLACK = 1.1;
    static final double HEAP_MAX_GROWTH = 1.25;
    static final double E2E_MAX_SECONDS = 10;
    /** Render: this many letters must complete under the children's heap limit. */
    static final int RENDER_LETTERS_UNDER_LIMIT = 50_000;

    /** One measured case: the real command (null when not available yet) beside its baseline. */
    public record Row(String caseName, int units, int threads, Measurement real, Measurement baseline, String note) {
        static final String FAILED = "FAILED: ";

        /** A case whose child JVM failed (out of memory, say): reported, and the run goes on. */
        static Row failed(String caseName, int units, int threads, String reason) {
            return new Row(caseName, units, threads, null, null, FAILED + reason);
        }

        /** Time per page of the real render over the baseline's. */
        Optional<Double> pageRatio() {
            return real == null || baseline == null || real.pages() == 0 || baseline.pages() == 0 ? Optional.empty()
                    : Optional.of((double) real.medianNanos() / real.pages() / (baseline.medianNanos() / (double) baseline.pages()));
        }

        /**
         * The time per page of each timed run over that of the baseline's run next to it. The runs are
         * interleaved in one JVM, so a pair shares the machine's speed of those seconds, which on a shared
         * machine moves between runs by more than the goal's margin; empty when the runs do not pair up.
         */
        List<Double> pagedRunRatios() {
            if (real == null || baseline == null || real.pages() == 0 || baseline.pages() == 0
                    || real.runNanos().size() != baseline.runNanos().size()) {
                return List.of();
            }
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < real.runNanos().size(); i++) {
                out.add((double) real.runNanos().get(i) / real.pages() / (baseline.runNanos().get(i) / (double) baseline.pages()));
            }
            return out;
        }

        Optional<Double> ratio() {
            return real == null || baseline == null ? Optional.empty()
                    : Optional.of((double) real.medianNanos() / baseline.medianNanos());
        }

        String goal() {
            return switch (caseName) {
                case "generate", "bodies-generate" -> "≤ " + GENERATE_MAX_RATIO + "× baseline";
                case "ingest", "bodies-ingest" -> "≤ " + INGEST_MAX_RATIO + "× baseline";
                case "render" -> "≤ " + RENDER_MAX_PAGE_RATIO + "× baseline per page, under " + Bench.CHILD_HEAP;
                case "e2e" -> "< " + (int) E2E_MAX_SECONDS + " s wall";
                case "console-board" -> "< " + fmt("%.0f", ConsoleCase.BOARD_MAX_SECONDS) + " s";
                case "console-upload" -> "first verdict < " + fmt("%.0f", ConsoleCase.FIRST_VERDICT_MAX_SECONDS) + " s";
                default -> "";
            };
        }

        /** Empty when the real command was not measured. */
        Optional<Boolean> met() {
            if (real == null) {
                return note != null && note.startsWith(FAILED) ? Optional.of(false) : Optional.empty();
            }
            return switch (caseName) {
                case "generate", "bodies-generate" -> ratio().map(r -> r <= GENERATE_MAX_RATIO);
                case "ingest", "bodies-ingest" -> ratio().map(r -> r <= INGEST_MAX_RATIO);
                case "render" -> pageRatio().map(r -> r <= RENDER_MAX_PAGE_RATIO);
                case "e2e" -> Optional.of(real.medianNanos() / 1e9 < E2E_MAX_SECONDS);
                case "console-board" -> Optional.of(real.medianNanos() / 1e9 < ConsoleCase.BOARD_MAX_SECONDS);
                case "console-upload" -> Optional.of(real.medianNanos() / 1e9 < ConsoleCase.FIRST_VERDICT_MAX_SECONDS);
                default -> Optional.empty();
            };
        }
    }

    /** A goal that compares rows: thread speedup, scaling with N, heap growth with N; met is null when not measured. */
    public record Check(String name, String measured, String goal, Boolean met) {
    }

    private final Machine machine;
    private final Bench.Options options;
    private final LocalDate date = LocalDate.now();
    private final String loadBefore = Machine.loadAverage();
    private String loadAfter = "";
    private final List<Row> rows = new ArrayList<>();

    private final Path file;

    /** @param file where the section is rewritten after every row, so an interrupted run keeps what it measured; may be null */
    Report(Machine machine, Bench.Options options, Path file) {
        this.machine = machine;
        this.options = options;
        this.file = file;
    }

    void finish() throws IOException {
        loadAfter = Machine.loadAverage();
        save();
    }

    void add(Row row) throws IOException {
        rows.add(row);
        loadAfter = Machine.loadAverage() + " (run still going)";
        save();
    }

    private void save() throws IOException {
        if (file != null) {
            writeInto(file);
        }
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        // Thread speedup of generate, at each N where both 1 and 2 threads were measured.
        for (int n : options.units()) {
            Optional<Row> one = find("generate", n, 1);
            Optional<Row> two = find("generate", n, 2);
            if (one.isPresent() && two.isPresent() && one.get().real() != null && two.get().real() != null) {
                double real = (double) one.get().real().medianNanos() / two.get().real().medianNanos();
                double base = (double) one.get().baseline().medianNanos() / two.get().baseline().medianNanos();
                checks.add(new Check("generate N=" + n + ": speedup 1→2 threads",
                        fmt("%.2f× (baseline %.2f×; %.0f%% of it)", real, base, 100 * real / base),
                        fmt("≥ %.0f%% of baseline's", 100 * THREAD_SPEEDUP_SHARE), real >= THREAD_SPEEDUP_SHARE * base));
            }
        }
        // Scaling and heap growth between the smallest and the largest N, per case, threads and variant.
        Map<String, List<Row>> series = new LinkedHashMap<>();
        for (Row r : rows) {
            // e2e runs at one size; the console's cases are measured in the bench JVM (no heap figures)
            if (!r.caseName().equals("e2e") && !r.caseName().startsWith("console-")) {
                series.computeIfAbsent(r.caseName() + " threads=" + r.threads(), k -> new ArrayList<>()).add(r);
            }
        }
        series.forEach((key, list) -> {
            if (list.size() < 2) {
                return;
            }
            Row small = list.get(0);
            Row large = list.get(list.size() - 1);
            double allowed = SCALING_SLACK * large.units() / small.units();
            for (String variant : List.of("real", "baseline")) {
                Measurement a = variant.equals("real") ? small.real() : small.baseline();
                Measurement b = variant.equals("real") ? large.real() : large.baseline();
                if (a == null || b == null) {
                    continue;
                }
                double growth = (double) b.medianNanos() / a.medianNanos();
                checks.add(new Check(key + " " + variant + ": time N=" + large.units() + " / N=" + small.units(),
                        fmt("%.2f×", growth), fmt("≤ %.1f×", allowed), growth <= allowed));
                double heap = (double) b.peakAfterGcBytes() / a.peakAfterGcBytes();
                checks.add(new Check(key + " " + variant + ": peak heap N=" + large.units() + " / N=" + small.units(),
                        fmt("%.2f× (%d → %d MB)", heap, a.peakAfterGcBytes() >> 20, b.peakAfterGcBytes() >> 20),
                        fmt("≤ %.2f× (flat)", HEAP_MAX_GROWTH), heap <= HEAP_MAX_GROWTH));
            }
        });
        // N letters under the heap limit: the largest render measured, reached or not.
        if (options.cases().contains("render")) {
            Optional<Row> largest = rows.stream().filter(r -> r.caseName().equals("render"))
                    .filter(r -> r.units() >= RENDER_LETTERS_UNDER_LIMIT).findFirst();
            String name = fmt("render: %,d letters under %s", RENDER_LETTERS_UNDER_LIMIT, Bench.CHILD_HEAP);
            String goal = "completes";
            checks.add(largest.map(r -> r.real() != null
                            ? new Check(name, fmt("N=%d completed, peak heap %s", r.units(), heap(r.real())), goal, true)
                            : new Check(name, fmt("N=%d: %s", r.units(), r.note()), goal, false))
                    .orElse(new Check(name, fmt("not measured in this run (add %d to --units)", RENDER_LETTERS_UNDER_LIMIT),
                            goal, null)));
        }
        return checks;
    }

    private Optional<Row> find(String caseName, int n, int threads) {
        return rows.stream().filter(r -> r.caseName().equals(caseName) && r.units() == n && r.threads() == threads).findFirst();
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static String seconds(Measurement m) {
        return m == null ? "—" : fmt("%.3f s", m.medianNanos() / 1e9);
    }

    /** CPU time beside wall time: on a shared machine the wall time of a run depends on the others' load. */
    private static String cpu(Row r) {
        if (r.real() == null || r.baseline() == null || r.real().medianCpuNanos() == 0 || r.baseline().medianCpuNanos() == 0) {
            return "";
        }
        return fmt("CPU %.1f s vs %.1f s (%.2f×)", r.real().medianCpuNanos() / 1e9, r.baseline().medianCpuNanos() / 1e9,
                (double) r.real().medianCpuNanos() / r.baseline().medianCpuNanos());
    }

    private static String heap(Measurement m) {
        return m == null || m.peakAfterGcBytes() == 0 ? "—" : fmt("%d MB", m.peakAfterGcBytes() >> 20);
    }

    private static String pairs(List<Double> ratios) {
        return ratios.size() < 2 ? "" : "per page run by run against the baseline's run beside it: "
                + String.join(", ", ratios.stream().map(x -> fmt("%.2f×", x)).toList());
    }

    private static String perPage(Measurement m) {
        return m == null || m.pages() == 0 ? "" : fmt("%.2f ms/page (%d pages)", m.medianNanos() / 1e6 / m.pages(), m.pages());
    }

    /** The measured section as Markdown. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Measured ").append(date).append(" with `shuangbai bench --units ")
                .append(String.join(",", options.units().stream().map(String::valueOf).toList()))
                .append(" --runs ").append(options.runs()).append(" --cases ").append(String.join(",", options.cases()))
                .append(" --threads ").append(String.join(",", options.threads().stream().map(String::valueOf).toList()))
                .append("`.\n\n");
        sb.append(fmt("Machine: %d CPUs (`nproc`), %s, %s RAM, %s, %s.%n%n", machine.cpus(), machine.cpuModel(),
                machine.memory(), machine.jvm(), machine.os()));
        sb.append("Load average (1/5/15 min) at start: ").append(loadBefore).append("; at end: ").append(loadAfter)
                .append(" (other processes on the machine share its cores).\n\n");
        sb.append("Median of ").append(options.runs()).append(" timed runs after one warm-up run on ≤ ")
                .append(options.warmup()).append(" units, each case in its own child JVM with ")
                .append(Bench.CHILD_HEAP).append(", the real command's and the baseline's runs interleaved in that JVM. Peak heap: the largest heap occupancy left after any whole-heap garbage ")
                .append("collection during the timed runs (GC notifications; what the case keeps reachable), the child asking for one every ")
                .append(HeapMonitor.SAMPLE_SECONDS).append(" s and again every ").append(HeapMonitor.RETRY_MILLIS)
                .append(" ms while the JVM drops the request (GC locker); those collections leave no garbage in place (`")
                .append(Bench.NO_DEAD_WOOD).append("`). CPU in the notes: the ")
                .append("child JVM's CPU time over the same runs (median; all its threads, GC and JIT included), ")
                .append("which the machine's other load disturbs less than the wall time.\n\n");
        sb.append("| case | N | threads | median | baseline median | ratio | goal | met? | peak heap | baseline peak heap | notes |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---|---|---:|---:|---|\n");
        for (Row r : rows) {
            String notes = String.join("; ", List.of(
                    r.real() == null ? (r.caseName().equals("e2e") ? "demo command not available yet" : "real command not wired yet") : "",
                    perPage(r.real()).isEmpty() ? "" : "real " + perPage(r.real()),
                    perPage(r.baseline()).isEmpty() ? "" : "baseline " + perPage(r.baseline()),
                    r.pageRatio().map(x -> fmt("%.2f× baseline per page", x)).orElse(""),
                    pairs(r.pagedRunRatios()),
                    cpu(r),
                    r.real() == null || r.real().note().isEmpty() ? "" : r.real().note(),
                    r.note()).stream().filter(s -> !s.isEmpty()).toList());
            sb.append(fmt("| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.caseName(), r.units(), r.threads(),
                    seconds(r.real()), seconds(r.baseline()), r.ratio().map(x -> fmt("%.2f×", x)).orElse("—"), r.goal(),
                    r.met().map(m -> m ? "yes" : "**no**").orElse("—"), heap(r.real()), heap(r.baseline()), notes));
        }
        List<Check> checks = checks();
        if (!checks.isEmpty()) {
            sb.append("\n| check | measured | goal | met? |\n|---|---|---|---|\n");
            for (Check c : checks) {
                sb.append(fmt("| %s | %s | %s | %s |%n", c.name(), c.measured(), c.goal(), c.met() == null ? "—" : c.met() ? "yes" : "**no**"));
            }
        }
        return sb.toString();
    }

    /** Replaces the measured section of {@code file} (between the markers), keeping the text around it. */
    public void writeInto(Path file) throws IOException {
        String section = BEGIN + "\n" + markdown() + END + "\n";
        String text;
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            int b = old.indexOf(BEGIN);
            int e = old.indexOf(END);
            text = b >= 0 && e > b ? old.substring(0, b) + section + old.substring(e + END.length()).replaceFirst("^\n", "")
                    : old + "\n" + section;
        } else {
            text = "# Benchmarks\n\n" + section;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
