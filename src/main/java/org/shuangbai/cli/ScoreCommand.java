package org.shuangbai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.forms.FormKind;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.scoring.Commendation;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.ResultsWriter;
import org.shuangbai.scoring.Scoring;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.scoring.UnitStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `score`: totals, vetoes, grades, ranks and 先进单位 from the ledger's current score sheets. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"计分：按考核方案的评分规则，由台账中当前有效的考核评分表计算各单位总分、一票否决、等次、排名和先进单位，",
                "结果写入 output/results/（results.csv、indicators.csv、results.xlsx、rules.txt），并打印摘要和计分规则。"})
public final class ScoreCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    /** What scoring reads from the ledger. */
    record ScoreInput(List<RecordedValue> values, Set<String> rejectedUnits) {
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanCommand.load(workspace);
        if (plan == null) {
            return ExitCode.PLAN_INVALID;
        }
        return score(workspace.get(), plan);
    }

    /** Scores a workspace's ledger, writes output/results and prints the summary; also a step of `demo`. */
    static int score(Workspace ws, Plan plan) throws IOException, WorkspaceLock.Busy {
        try (WorkspaceLock lock = WorkspaceLock.acquire(ws)) {
            ScoreInput input = read(ws, plan);
            Results results = Scoring.score(plan, input.values(), input.rejectedUnits());
            List<Path> files = ResultsWriter.write(results, ws.resultsDir());
            print(results);
            Console.OUT.println("结果文件：");
            files.forEach(f -> Console.OUT.println("  " + ws.root().relativize(f)));
            return ExitCode.OK;
        }
    }

    /** The current score sheets and the units whose latest score sheet was rejected. */
    static ScoreInput read(Workspace ws, Plan plan) {
        if (!Files.exists(ws.ledgerFile())) {
            Console.OUT.println("台账中尚无回收的文件（" + ws.root().relativize(ws.ledgerFile()) + " 不存在），全部单位列为未计分。");
            return new ScoreInput(List.of(), Set.of());
        }
        try (Ledger ledger = Ledger.open(ws)) {
            Set<String> rejected = new TreeSet<>();
            for (FormStatus s : ledger.status(plan)) {
                if (s.form() == FormKind.SCORE && s.state() == FormStatus.State.REJECTED) {
                    rejected.add(s.unit().code());
                }
            }
            return new ScoreInput(ledger.currentValues(FormKind.SCORE), rejected);
        }
    }

    public static void print(Results results) {
        Plan plan = results.plan();
        Console.OUT.println("计分结果：" + plan.settings().planTitle());
        List<String> grades = plan.settings().scoring().gradeBands().stream().map(b -> b.grade()).toList();
        StringBuilder head = new StringBuilder(pad("指标体系", 14) + pad("分组", 8) + pad("单位", 6) + pad("已计分", 8)
                + pad("未交", 6) + pad("退回", 6));
        grades.forEach(g -> head.append(pad(g, 6)));
        head.append(pad("否决", 6)).append("先进单位");
        Console.OUT.println(head);
        for (IndicatorSystem system : plan.systems()) {
            for (UnitGroup group : UnitGroup.values()) {
                List<UnitResult> rs = results.units().stream()
                        .filter(r -> r.systemCode().equals(system.code()) && r.unit().group() == group).toList();
                if (rs.isEmpty()) {
                    continue;
                }
                StringBuilder line = new StringBuilder(pad(system.shortName(), 14) + pad(group.label(), 8)
                        + pad(String.valueOf(rs.size()), 6) + pad(count(rs, UnitStatus.SCORED), 8)
                        + pad(count(rs, UnitStatus.MISSING), 6) + pad(count(rs, UnitStatus.REJECTED), 6));
                grades.forEach(g -> line.append(pad(String.valueOf(rs.stream().filter(r -> g.equals(r.grade())).count()), 6)));
                line.append(pad(String.valueOf(rs.stream().filter(r -> !r.vetoes().isEmpty()).count()), 6));
                line.append(rs.stream().filter(UnitResult::commended).count());
                Console.OUT.println(line);
            }
        }
        Console.OUT.println();
        Console.OUT.println("先进单位：");
        for (Commendation c : results.commendations()) {
            IndicatorSystem system = plan.system(c.systemCode()).orElseThrow();
            Console.OUT.println("  【" + system.shortName() + " · " + c.group().label() + "】");
            for (String code : c.unitCodes()) {
                UnitResult r = results.units().stream()
                        .filter(u -> u.systemCode().equals(c.systemCode()) && u.unit().code().equals(code))
                        .findFirst().orElseThrow();
                Console.OUT.println("    第" + r.rank() + "名  " + code + " " + r.unit().name() + "  "
                        + r.total().toPlainString() + "分");
            }
            Console.OUT.println("    " + c.explanation());
        }
        Console.OUT.println();
        Console.OUT.println("计分规则：");
        for (int i = 0; i < results.rules().size(); i++) {
            Console.OUT.println("  " + (i + 1) + ". " + results.rules().get(i));
        }
    }

    private static String count(List<UnitResult> rs, UnitStatus status) {
        return String.valueOf(rs.stream().filter(r -> r.status() == status).count());
    }

    /** Pads to a display width, counting a Chinese character as two columns as terminals do. */
    static String pad(String s, int width) {
        int w = s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
        return s + " ".repeat(Math.max(1, width - w));
    }
}
