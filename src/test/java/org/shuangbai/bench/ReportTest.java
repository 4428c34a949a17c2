package org.shuangbai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The render row's per-page figures from literal run times: the ratio of medians and the run-by-run pairs. */
class ReportTest {
    private static final long MS = 1_000_000L;

    private static Measurement render(String variant, int pages, long... runMillis) {
        List<Long> runs = Arrays.stream(runMillis).map(ms -> ms * MS).boxed().toList();
        return new Measurement("render", variant, 1000, 2, runs, List.of(), 0, 0, pages, "");
    }

    @Test
    void eachRunIsPairedWithTheBaselinesRunBesideIt() {
        // 4,000 real pages against 1,000 baseline pages: 20 s against 4 s is 5 ms against 4 ms a page.
        Report.Row row = new Report.Row("render", 1000, 2, render("real", 4000, 20_000, 24_000, 18_000),
                render("baseline", 1000, 4_000, 6_000, 3_000), "");
        List<Double> pairs = row.pagedRunRatios();
        assertEquals(3, pairs.size());
        assertEquals(1.25, pairs.get(0), 1e-9);
        assertEquals(1.0, pairs.get(1), 1e-9);
        assertEquals(1.5, pairs.get(2), 1e-9);
        // The ratio of the medians (20 s and 4 s) stays the goal's figure.
        assertEquals(Optional.of(1.25), row.pageRatio());
    }

    @Test
    void runsThatDoNotPairUpGiveNoPairs() {
        Report.Row row = new Report.Row("render", 1000, 2, render("real", 4000, 20_000, 24_000),
                render("baseline", 1000, 4_000), "");
        assertEquals(List.of(), row.pagedRunRatios());
    }

    @Test
    void theRowsNotesListThePairs() throws Exception {
        Bench.Options options = new Bench.Options(List.of(1000), 3, 100, List.of("render"), List.of(2), Path.of("."),
                Path.of("."), null);
        Report report = new Report(new Machine(2, "cpu", "1 GiB", "jvm", "os"), options, null);
        Report.Row row = new Report.Row("render", 1000, 2, render("real", 4000, 20_000, 24_000, 18_000),
                render("baseline", 1000, 4_000, 6_000, 3_000), "");
        report.add(row);
        String md = report.markdown();
        assertTrue(md.contains("real 5.00 ms/page (4000 pages); baseline 4.00 ms/page (1000 pages); 1.25× baseline per page; "
                + "per page run by run against the baseline's run beside it: 1.25×, 1.00×, 1.50×"), md);
    }
}
