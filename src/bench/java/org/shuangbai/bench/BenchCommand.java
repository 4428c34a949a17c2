package org.shuangbai.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench`: times each step on a synthetic plan of N units against what the libraries alone take (issue 7). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"性能测试：在含 N 个合成单位的方案上测量生成、回收、出文和整套演示的耗时与内存，"
                + "并与同一次运行中只用 POI / JasperReports 完成同样工作的基准对比；结果写入 docs/benchmarks.md。",
                "N=10000 需数十分钟。"})
public final class BenchCommand implements Callable<Integer> {
    static final List<String> CASES = List.of("generate", "ingest", "bodies", "render", "console", "e2e");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, paramLabel = "目录",
            description = "项目目录（默认：当前目录）：结果默认写入 目录/docs/benchmarks.md，e2e 运行 目录/shuangbai。")
    Path root = Path.of("");

    @Option(names = "--units", split = ",", paramLabel = "N", defaultValue = "1000,10000",
            description = "合成单位数，可多个（默认：${DEFAULT-VALUE}）。")
    List<Integer> units;

    @Option(names = "--runs", paramLabel = "次数", defaultValue = "3", description = "每项计时次数，取中位数（默认：${DEFAULT-VALUE}）。")
    int runs;

    @Option(names = "--warmup", paramLabel = "单位数", defaultValue = "100",
            description = "计时前预热一次所用的单位数（默认：${DEFAULT-VALUE}；0 不预热）。")
    int warmup;

    @Option(names = "--cases", split = ",", paramLabel = "项目", defaultValue = "generate,ingest,bodies,render,console,e2e",
            description = "测量项目：generate, ingest, bodies（评分单位评分表的生成与回收）, render, console（网页控制台的看板与上传）, e2e（默认：全部）。")
    List<String> cases;

    @Option(names = "--threads", split = ",", paramLabel = "线程数", defaultValue = "1,2",
            description = "generate 的线程数（默认：${DEFAULT-VALUE}）。")
    List<Integer> threads;

    @Option(names = "--report", paramLabel = "文件", description = "结果写入的文件（默认：项目目录/docs/benchmarks.md）。")
    Path report;

    @Option(names = "--scratch", paramLabel = "目录", description = "临时文件目录（默认：系统临时目录，测完删除）。")
    Path scratch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String c : cases) {
            if (!CASES.contains(c)) {
                err.println("未知的测量项目「" + c + "」。可用：" + String.join(", ", CASES) + "。");
                return CommandLine.ExitCode.USAGE;
            }
        }
        if (units.isEmpty() || units.stream().anyMatch(n -> n < 1) || runs < 1 || threads.stream().anyMatch(t -> t < 1)) {
            err.println("--units、--runs、--threads 须为正整数。");
            return CommandLine.ExitCode.USAGE;
        }
        Path dir = root.toAbsolutePath();
        boolean ownScratch = scratch == null;
        Path work = ownScratch ? Files.createTempDirectory("shuangbai-bench-") : scratch.toAbsolutePath();
        List<Integer> sorted = units.stream().sorted().distinct().toList();
        Path file = report != null ? report : dir.resolve("docs").resolve("benchmarks.md");
        Bench.Options options = new Bench.Options(sorted, runs, warmup, cases, threads, dir, work, file);
        Report result;
        try {
            result = new Bench(options, err).run();
        } finally {
            if (ownScratch) {
                Folders.deleteTree(work);
            }
        }
        out.print(result.markdown());
        out.println();
        out.println("结果已写入 " + file.toAbsolutePath());
        return CommandLine.ExitCode.OK;
    }
}
