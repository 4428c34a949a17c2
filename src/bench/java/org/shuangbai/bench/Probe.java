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
 * The child JVM that times one case: the parent starts one per case, N and thread count so each
 * gets a fresh heap, its own JIT warm-up and the heap limit the case asks for. The variants (the
 * real command, its baseline, a what-if) run in the same JVM with their timed runs interleaved, so
 * that load from other processes on a shared machine falls on both sides of a ratio alike. Each
 * timed run starts after a full GC with reset heap peaks. Prints one {@link #RESULT} line per variant.
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
        List<String> variants = List.of(a.get("variants").split(","));
        int units = Integer.parseInt(a.get("units"));
        int threads = Integer.parseInt(a.getOrDefault("threads", "1"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "3"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "100"));
        Workspace workspace = new Workspace(Path.of(a.get("workspace")));
        Path scratch = Path.of(a.get("scratch"));

        List<Workload> workloads = new ArrayList<>();
        for (String v : variants) {
            Workload w = Workloads.create(caseName, v, workspace, scratch);
            w.prepare(units);
            if (warmup > 0) {
                w.reset();
                w.run(Math.min(units, warmup));
            }
            workloads.add(w);
        }
        int k = variants.size();
        List<List<Long>> times = new ArrayList<>();
        List<List<Long>> cpu = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] peakAfterGc = new long[k];
        long[] peakUsed = new long[k];
        for (int i = 0; i < k; i++) {
            times.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        }
        try (HeapMonitor heap = new HeapMonitor()) {
            for (int r = 0; r < runs; r++) {
                for (int i = 0; i < k; i++) {
                    Workload w = workloads.get(i);
                    w.reset();
                    heap.start();
                    long c0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    w.run(units);
                    times.get(i).add(System.nanoTime() - t0);
                    cpu.get(i).add(os.getProcessCpuTime() - c0);
                    peakAfterGc[i] = Math.max(peakAfterGc[i], heap.peakAfterGcBytes());
                    peakUsed[i] = Math.max(peakUsed[i], heap.peakUsedBytes());
                }
            }
        }
        for (int i = 0; i < k; i++) {
            Workload w = workloads.get(i);
            out.println(new Measurement(caseName, variants.get(i), units, threads, times.get(i), cpu.get(i), peakAfterGc[i], peakUsed[i],
                    w.pages(), w.note()).encode());
        }
    }
}
