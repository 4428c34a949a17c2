package org.shuangbai.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.Workspace;

/**
 * The child JVM that times one case and variant: the parent starts one per measurement so that
 * each gets a fresh heap (its peak is its own), its own JIT warm-up, and the heap limit the case
 * asks for. Prints one line starting with {@link #RESULT} that the parent parses.
 */
public final class Probe {
    static final String RESULT = "BENCH-RESULT";

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String caseName = a.get("case");
        String variant = a.get("variant");
        int units = Integer.parseInt(a.get("units"));
        int threads = Integer.parseInt(a.getOrDefault("threads", "1"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "3"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "100"));
        Workspace workspace = new Workspace(Path.of(a.get("workspace")));
        Path scratch = Path.of(a.get("scratch"));

        Workload w = Workloads.create(caseName, variant, workspace, scratch, threads);
        w.prepare(units);
        if (warmup > 0) {
            w.reset();
            w.run(Math.min(units, warmup));
        }
        List<Long> times = new ArrayList<>();
        long peakAfterGc;
        long peakUsed;
        try (HeapMonitor heap = new HeapMonitor()) {
            for (int r = 0; r < runs; r++) {
                w.reset();
                long t0 = System.nanoTime();
                w.run(units);
                times.add(System.nanoTime() - t0);
            }
            peakAfterGc = heap.peakAfterGcBytes();
            peakUsed = heap.peakUsedBytes();
        }
        out.println(new Measurement(caseName, variant, units, threads, times, peakAfterGc, peakUsed, w.pages(), w.note()).encode());
    }
}
