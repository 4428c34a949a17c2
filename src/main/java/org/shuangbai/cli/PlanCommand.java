package org.shuangbai.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.shuangbai.plan.Category;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.Veto;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `plan check`: loads and validates the plan and prints its summary, or every problem found. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "考核方案相关操作。",
        subcommands = PlanCommand.Check.class)
public final class PlanCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Console.OUT);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "读取并检查考核方案（input/plan/），打印摘要；发现错误时逐条列出文件、行和列。")
    static final class Check implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            Plan plan = load(workspace);
            if (plan == null) {
                return ExitCode.PLAN_INVALID;
            }
            printSummary(plan);
            return ExitCode.OK;
        }
    }

    /** Loads the workspace's plan, printing every problem; null when it is invalid. */
    static Plan load(WorkspaceOption workspace) {
        try {
            return PlanLoader.load(workspace.get().planDir());
        } catch (PlanException e) {
            Console.ERR.println("考核方案有 " + e.problems().size() + " 处错误（" + workspace.get().planDir() + "）：");
            for (PlanProblem p : e.problems()) {
                Console.ERR.println("  " + p.describe());
            }
            Console.ERR.println("请改正以上错误后重新运行。");
            return null;
        }
    }

    static void printSummary(Plan plan) {
        var s = plan.settings();
        Console.OUT.println("考核方案：" + s.planTitle() + "（" + s.planDocument() + "，方案代码 " + s.planCode() + "）");
        for (IndicatorSystem system : plan.systems()) {
            Console.OUT.printf("  %s：一级指标 %d 项，二级指标 %d 项，总分 %s 分%n", system.shortName(),
                    system.categories().size(), system.indicatorList().size(), system.total().stripTrailingZeros().toPlainString());
            for (Category c : system.categories()) {
                Console.OUT.printf("    %d. %s（%s分）：二级指标 %d 项%n", c.number(), c.name(),
                        c.maxScore().stripTrailingZeros().toPlainString(), c.indicators().size());
            }
        }
        Map<String, Integer> effects = new TreeMap<>();
        for (Veto v : plan.vetoes()) {
            effects.merge(v.effect().label(), 1, Integer::sum);
        }
        Console.OUT.println("  一票否决情形 " + plan.vetoes().size() + " 类：" + effects);
        Console.OUT.printf("  被考核单位 %d 个：%s %d 个，%s %d 个%n", plan.units().size(),
                UnitGroup.STREET.label(), plan.units(UnitGroup.STREET).size(),
                UnitGroup.DEPARTMENT.label(), plan.units(UnitGroup.DEPARTMENT).size());
        var r = s.scoring();
        Console.OUT.println("  先进单位比例 " + r.quota().movePointRight(2).stripTrailingZeros().toPlainString() + "%（"
                + r.rounding().label() + "，名额线上" + r.tieAtCut().label() + "）；等次："
                + r.gradeBands().stream().map(b -> b.grade() + "≥" + b.minScore().toPlainString())
                .reduce((a, b) -> a + "，" + b).orElse(""));
        Console.OUT.println("方案检查通过。");
    }
}
