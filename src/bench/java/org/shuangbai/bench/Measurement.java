package org.shuangbai.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one child JVM measured: the wall time of each timed run, the CPU time the JVM used in it (all its
 * threads, GC and JIT included; empty where not measured) and the heap it needed.
 */
record Measurement(String caseName, String variant, int units, int threads, List<Long> runNanos, List<Long> cpuNanos,
                   long peakAfterGcBytes, long peakUsedBytes, int pages, String note) {

    long medianNanos() {
        return median(runNanos);
    }

    /** Median CPU time of the runs; 0 when not measured. */
    long medianCpuNanos() {
        return cpuNanos.isEmpty() ? 0 : median(cpuNanos);
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    String encode() {
        return Probe.RESULT + "\tcase=" + caseName + "\tvariant=" + variant + "\tunits=" + units + "\tthreads=" + threads
                + "\truns=" + join(runNanos) + "\tcpu=" + join(cpuNanos)
                + "\tpeakAfterGc=" + peakAfterGcBytes + "\tpeakUsed=" + peakUsedBytes + "\tpages=" + pages
                + "\tnote=" + note.replace('\t', ' ').replace('\n', ' ');
    }

    private static String join(List<Long> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static List<Long> longs(String text) {
        List<Long> out = new ArrayList<>();
        Arrays.stream(text.split(",")).filter(s -> !s.isEmpty()).forEach(s -> out.add(Long.parseLong(s)));
        return out;
    }

    static Measurement decode(String line) {
        Map<String, String> f = new HashMap<>();
        for (String part : line.substring(Probe.RESULT.length() + 1).split("\t")) {
            int eq = part.indexOf('=');
            f.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return new Measurement(f.get("case"), f.get("variant"), Integer.parseInt(f.get("units")),
                Integer.parseInt(f.get("threads")), longs(f.get("runs")), longs(f.getOrDefault("cpu", "")),
                Long.parseLong(f.get("peakAfterGc")),
                Long.parseLong(f.get("peakUsed")), Integer.parseInt(f.get("pages")), f.getOrDefault("note", ""));
    }
}
