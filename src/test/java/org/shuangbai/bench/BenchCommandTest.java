package org.shuangbai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness works end to end at a tiny N (child JVMs, baselines, real commands, the
 * report file), run through its entry point with the command line `shuangbai bench …` hands it.
 * Functional only: nothing here asserts a time.
 */
class BenchCommandTest {
    private static final int OK = 0;
    private static final int USAGE = 2;

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    private static Result bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void tinyRunWritesOneRowPerCaseAndThreadCountIntoTheReportKeepingHandWrittenText() throws Exception {
        Path report = dir.resolve("docs/benchmarks.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "# Benchmarks\n\nHand-written analysis stays.\n", StandardCharsets.UTF_8);

        Result result = bench("bench", "-w", dir.toString(), "--units", "3", "--runs", "1", "--warmup", "1",
                "--cases", "generate,ingest,render", "--threads", "1,2", "--report", report.toString(),
                "--scratch", dir.resolve("scratch").toString());

        assertEquals(OK, result.exitCode(), result.err());
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Benchmarks\n\nHand-written analysis stays.\n"), text);
        List<String> rows = text.lines().filter(l -> l.matches("\\| (generate|ingest|render) \\| 3 \\|.*")).toList();
        assertEquals(4, rows.size(), text);
        assertTrue(rows.get(0).startsWith("| generate | 3 | 1 |"), rows.get(0));
        assertTrue(rows.get(1).startsWith("| generate | 3 | 2 |"), rows.get(1));
        assertTrue(rows.get(2).startsWith("| ingest | 3 | 2 |"), rows.get(2));
        assertTrue(rows.get(2).contains("accepted 3 files"), rows.get(2));
        assertTrue(rows.get(3).startsWith("| render | 3 | 2 |"), rows.get(3));
        assertTrue(text.contains("Machine: "), text);
        assertTrue(result.out().contains("| case | N | threads | median | baseline median |"), result.out());

        // A second run replaces the measured section instead of appending another.
        assertEquals(OK, bench("bench", "-w", dir.toString(), "--units", "3", "--runs", "1",
                "--warmup", "0", "--cases", "render", "--report", report.toString()).exitCode());
        String again = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(1, again.split("bench:begin", -1).length - 1, again);
        assertTrue(again.startsWith("# Benchmarks\n\nHand-written analysis stays.\n"), again);
        assertEquals(0, again.lines().filter(l -> l.startsWith("| generate |")).count(), again);
    }

    @Test
    void theConsoleCaseTimesTheBoardAndAnUploadOverHttp() throws Exception {
        Path report = dir.resolve("console.md");
        Result result = bench("bench", "-w", dir.toString(), "--units", "3", "--runs", "1", "--warmup", "0",
                "--cases", "console", "--report", report.toString(), "--scratch", dir.resolve("scratch").toString());

        assertEquals(OK, result.exitCode(), result.err());
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("| console-board | 3 | 1 |") && l.contains("< 1 s")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("| console-upload | 3 | 1 |") && l.contains("3 returns")), text);
        assertFalse(text.contains("FAILED"), text);
    }

    @Test
    void unknownCaseIsAUsageError() {
        Result result = bench("bench", "--cases", "generate,bogus");
        assertEquals(USAGE, result.exitCode());
        assertTrue(result.err().contains("bogus"), result.err());
    }
}
