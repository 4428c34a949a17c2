package org.shuangbai.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one child JVM measured: the wall time of each timed run and the heap it needed. */
record Measurement(String caseName, String variant, int units, int threads, List<Long> runNanos,
                   long peakAfterGcBytes, long peakUsedBytes, int pages, String note) {

    long medianNanos() {
        long[] sorted = runNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    String encode() {
        return Probe.RESULT + "\tcase=" + caseName + "\tvariant=" + variant + "\tunits=" + units + "\tthreads=" + threads
                + "\truns=" + String.join(",", runNanos.stream().map(String::valueOf).toList())
                + "\tpeakAfterGc=" + peakAfterGcBytes + "\tpeakUsed=" + peakUsedBytes + "\tpages=" + pages
                + "\tnote=" + note.replace('\t', ' ').replace('\n', ' ');
    }

    static Measurement decode(String line) {
        Map<String, String> f = new HashMap<>();
        for (String part : line.substring(Probe.RESULT.length() + 1).split("\t")) {
            int eq = part.indexOf('=');
            f.put(part.substring(0, eq), part.substring(eq + 1));
        }
        List<Long> runs = new ArrayList<>();
        Arrays.stream(f.get("runs").split(",")).filter(s -> !s.isEmpty()).forEach(s -> runs.add(Long.parseLong(s)));
        return new Measurement(f.get("case"), f.get("variant"), Integer.parseInt(f.get("units")),
                Integer.parseInt(f.get("threads")), runs, Long.parseLong(f.get("peakAfterGc")),
                Long.parseLong(f.get("peakUsed")), Integer.parseInt(f.get("pages")), f.getOrDefault("note", ""));
    }
}
