package org.shuangbai.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;

/**
 * The README's main command on the bundled 91-unit plan, timed from outside as a user would see it:
 * a child process, JVM start included, each run in a fresh workspace (made untimed, as `init`
 * would). Its baseline is the same launcher printing its version (JVM start and CLI parsing only).
 */
final class EndToEnd {
    static final int BUNDLED_UNITS = 91;

    private EndToEnd() {
    }

    static Report.Row measure(Bench.Options options, PrintWriter log) throws Exception {
        Measurement baseline = time(options, List.of("--version"), "baseline", log);
        Measurement real = time(options, List.of("demo"), "real", log);
        return new Report.Row("e2e", BUNDLED_UNITS, 1, real, baseline, "`" + String.join(" ", launcher(options)) + " demo`, child process, JVM start included");
    }

    private static Measurement time(Bench.Options options, List<String> args, String variant, PrintWriter log) throws Exception {
        log.printf("测量 e2e/%s（%s），%d 次……%n", variant, String.join(" ", args), options.runs());
        List<Long> times = new ArrayList<>();
        // Run -1 is untimed: it lets the launcher rebuild a stale jar and warms the file cache.
        for (int r = -1; r < options.runs(); r++) {
            Path ws = options.scratch().resolve("e2e-" + variant + "-" + r);
            Files.createDirectories(ws);
            for (String folder : new String[] {"input/plan", "templates", "reports"}) {
                Defaults.copy(folder, ws);
            }
            List<String> cmd = new ArrayList<>(launcher(options));
            cmd.addAll(args);
            if (!args.contains("--version")) {
                cmd.add("-w");
                cmd.add(ws.toString());
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(ws.toFile())
                    .redirectOutput(ws.resolve("stdout.txt").toFile()).redirectError(ws.resolve("stderr.txt").toFile());
            long t0 = System.nanoTime();
            int code = pb.start().waitFor();
            long elapsed = System.nanoTime() - t0;
            if (code != 0) {
                throw new IOException("`" + String.join(" ", cmd) + "` exit " + code + ": "
                        + Files.readString(ws.resolve("stderr.txt")));
            }
            if (r >= 0) {
                times.add(elapsed);
            }
            Folders.deleteTree(ws);
        }
        Measurement m = new Measurement("e2e", variant, BUNDLED_UNITS, 1, times, List.of(), 0, 0, 0, "");
        log.printf("  中位数 %.2f s%n", m.medianNanos() / 1e9);
        return m;
    }

    /**
     * The project's launcher when the benchmark runs from a checkout, else the product jar through
     * its own entry point (the Main-Class of its manifest): the benchmark never names the product's
     * command-line classes.
     */
    static List<String> launcher(Bench.Options options) throws IOException {
        Path script = options.root().resolve("shuangbai");
        if (Files.isExecutable(script)) {
            return List.of(script.toAbsolutePath().toString());
        }
        Path product;
        try {
            product = Path.of(Workspace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        if (!Files.isRegularFile(product)) {
            throw new IOException("e2e needs the launcher " + script + " or the product jar (found " + product
                    + "); run mvn package");
        }
        List<String> cmd = Bench.javaCommand();
        cmd.add("-jar");
        cmd.add(product.toString());
        return cmd;
    }
}
