package org.shuangbai.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.shuangbai.Parallel;
import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.IngestSummary;
import org.shuangbai.ledger.Intake;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.StatusReport;
import org.shuangbai.ledger.ValuesExport;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * `demo`: the whole cycle on the workspace's plan with synthetic returns, in a sandbox workspace
 * under output/demo/ so that a real ledger is never touched. Every document it makes is marked 示例.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"示例：用当前工作目录的考核方案（默认为自带的2009年朝阳区方案）走一遍全流程——检查方案、生成填报表、",
                "填入示例数据、回收核验、催报名单、导出、计分、生成公文。全部在 output/demo/ 下进行，不影响正式台账；公文均标“示例”。"})
public final class DemoCommand implements Callable<Integer> {
    /** Units (by position) that "forget" a form, so that the reminder list has something to show. */
    private static final int[] MISSING_REGISTRATION = {4, 50};
    private static final int[] MISSING_LEDGER = {17};
    /** Every n-th unit also gets a second assessor's score sheet (多元评议). */
    private static final int SECOND_ASSESSOR_EVERY = 5;

    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanCommand.load(workspaceOption);
        if (plan == null) {
            return ExitCode.PLAN_INVALID;
        }
        Workspace source = workspaceOption.get();
        PlanCommand.printSummary(plan);

        Workspace demo = prepareSandbox(source);
        Console.OUT.println();
        Console.OUT.println("示例工作目录：" + demo.root());

        Distribution distribution = new Distribution(demo, plan);
        List<FormKind> kinds = List.of(FormKind.values());
        int generated = distribution.generate(plan.units(), kinds, p -> { });
        Console.OUT.println("【生成】为 " + plan.units().size() + " 个单位生成填报表 " + generated + " 份："
                + demo.distributionDir());

        int returned = fillSamples(plan, demo, distribution);
        Console.OUT.println("【填报】模拟各单位填好交回 " + returned + " 份（含一份故意填错的评分表，及几份未交的表）："
                + demo.returnedDir());

        IngestSummary summary = Intake.ingest(demo, plan, List.of(demo.returnedDir()));
        Console.OUT.println("【回收】" + summary.line());
        summary.files().stream().filter(f -> !f.problems().isEmpty()).limit(3).forEach(f -> {
            Console.OUT.println("  退回 " + f.path() + "：");
            f.problems().stream().limit(3).forEach(p -> Console.OUT.println("    " + p.describe()));
        });

        try (Ledger ledger = Ledger.open(demo)) {
            List<FormStatus> statuses = ledger.status(plan);
            List<Path> reminder = StatusReport.write(demo, plan, statuses);
            long owing = statuses.stream().filter(FormStatus::needsReminder).map(FormStatus::unit).distinct().count();
            Console.OUT.println("【催报】" + owing + " 个单位尚欠表格，催报名单：" + reminder.get(0));
            List<Path> export = ValuesExport.write(demo, plan, ledger);
            Console.OUT.println("【导出】全部数值及来源单元格：" + export.get(0));
        }
        Console.OUT.println("【计分】");
        int code = ScoreCommand.score(demo, plan);
        if (code != ExitCode.OK) {
            return code;
        }
        Console.OUT.println("【公文】（均加印“示例”字样）");
        code = RenderCommand.render(demo, plan, true);
        if (code != ExitCode.OK) {
            return code;
        }
        Console.OUT.println();
        Console.OUT.println("示例已完成。输出在 " + demo.outputDir() + "：");
        Console.OUT.println("  distribution/ 填报表    status/ 催报名单    export/ 数据导出");
        Console.OUT.println("  results/ 计分结果       reports/ 公文（通报、附件、通知书、催报名单、挂帐问题汇总）");
        return ExitCode.OK;
    }

    /**
     * A fresh sandbox under output/demo/: the plan, templates and designs of the source workspace
     * copied in, earlier demo output removed. Its key is kept between runs so that its workbooks
     * stay byte-identical from one run to the next.
     */
    static Workspace prepareSandbox(Workspace source) throws IOException {
        Workspace demo = new Workspace(source.outputDir().resolve("demo"));
        for (Path p : List.of(demo.outputDir(), demo.root().resolve("input"), demo.ledgerDir(),
                demo.templatesDir(), demo.reportsDesignDir())) {
            deleteTree(p);
        }
        Files.createDirectories(demo.planDir());
        for (String file : PlanLoader.FILES) {
            Files.copy(source.planDir().resolve(file), demo.planDir().resolve(file));
        }
        copyTreeIfPresent(source.templatesDir(), demo.templatesDir());
        copyTreeIfPresent(source.reportsDesignDir(), demo.reportsDesignDir());
        Files.createDirectories(demo.returnedDir());
        return demo;
    }

    /**
     * Fills the generated workbooks as units would and puts them in input/returned/, with the
     * imperfections of real returns: a few forms missing, a second assessor for some units, and a
     * score sheet with a score above the maximum that must be rejected.
     */
    private static int fillSamples(Plan plan, Workspace demo, Distribution distribution) throws IOException {
        SampleFiller filler = new SampleFiller(plan, distribution.texts());
        List<AssessedUnit> units = plan.units();
        List<Integer> positions = IntStream.range(0, units.size()).boxed().toList();
        // Units are independent (own files, a stateless filler): filled on all cores.
        List<Integer> counts = Parallel.map(positions, i -> fillUnit(plan, demo, distribution, filler, i));
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private static int fillUnit(Plan plan, Workspace demo, Distribution distribution, SampleFiller filler, int i)
            throws IOException {
        AssessedUnit unit = plan.units().get(i);
        Path folder = demo.returnedDir().resolve(distribution.file(unit, FormKind.SCORE).getParent().getFileName());
        int count = 0;
        for (FormKind kind : FormKind.values()) {
            if ((kind == FormKind.REGISTRATION && contains(MISSING_REGISTRATION, i))
                    || (kind == FormKind.LEDGER && contains(MISSING_LEDGER, i))) {
                continue;
            }
            Path blank = distribution.file(unit, kind);
            filler.fillSample(blank, folder.resolve(blank.getFileName()));
            count++;
        }
        if (i % SECOND_ASSESSOR_EVERY == 0) {
            Path blank = distribution.file(unit, FormKind.SCORE);
            Map<String, String> values = secondAssessor(filler, FormLayouts.build(plan, unit, FormKind.SCORE,
                    distribution.texts()), plan);
            filler.fill(blank, folder.resolve("民主评议组_" + blank.getFileName()), values);
            count++;
            if (i == SECOND_ASSESSOR_EVERY * 2) {
                // A wrongly filled sheet: the same assessor's file with a score above the maximum.
                Map<String, String> wrong = new LinkedHashMap<>(values);
                String field = plan.indicators().findFirst().orElseThrow().code() + ".score";
                wrong.put(field, "99");
                filler.fill(blank, folder.resolve("民主评议组_修改稿_" + blank.getFileName()), wrong);
                count++;
            }
        }
        return count;
    }

    /** Another assessor's sheet: the sample scores, half a point lower where that stays within range. */
    private static Map<String, String> secondAssessor(SampleFiller filler, FormLayout layout, Plan plan) {
        Map<String, String> values = filler.sampleValues(layout);
        values.replaceAll((field, value) -> {
            if (field.endsWith(".score")) {
                BigDecimal lower = new BigDecimal(value).subtract(new BigDecimal("0.5"));
                return lower.signum() >= 0 ? lower.stripTrailingZeros().toPlainString() : value;
            }
            return value;
        });
        List<String> assessors = plan.list(Plan.LIST_ASSESSORS);
        values.put("assessor.unit", assessors.contains("民主评议组") ? "民主评议组" : assessors.get(assessors.size() - 1));
        values.put("assessor.name", "李评议");
        return values;
    }

    private static boolean contains(int[] positions, int i) {
        for (int p : positions) {
            if (p == i) {
                return true;
            }
        }
        return false;
    }

    private static void copyTreeIfPresent(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
