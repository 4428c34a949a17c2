package org.shuangbai.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.FormKind;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `generate`: writes the three distributed workbooks for every unit, or the units and form named. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "为每个被考核单位（或用 --unit 指定的单位）生成下发工作簿：效能监察立项表、挂帐问题项目表、考核评分表，"
                + "保存在 output/distribution/ 下每个单位一个文件夹中。")
public final class GenerateCommand implements Callable<Integer> {
    /** Below this many workbooks a progress bar is more noise than help. */
    private static final int PROGRESS_THRESHOLD = 10;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--unit", paramLabel = "单位代码", description = "只生成该单位的工作簿（可重复），如 S01、D12。")
    List<String> unitCodes = new ArrayList<>();

    @Option(names = "--form", paramLabel = "表", description = "只生成一种表：registration（效能监察立项表）、ledger（挂帐问题项目表）、score（考核评分表）。")
    String form;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<FormKind> kinds = List.of(FormKind.values());
        if (form != null) {
            var kind = FormKind.fromOption(form.strip());
            if (kind.isEmpty()) {
                Console.ERR.println("未知的表“" + form + "”。可选：registration（效能监察立项表）、ledger（挂帐问题项目表）、score（考核评分表）。");
                spec.commandLine().usage(Console.ERR);
                return ExitCode.USAGE;
            }
            kinds = List.of(kind.get());
        }
        Plan plan = PlanCommand.load(workspace);
        if (plan == null) {
            return ExitCode.PLAN_INVALID;
        }
        List<AssessedUnit> units = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : unitCodes) {
            plan.unit(code.strip()).ifPresentOrElse(u -> {
                if (!units.contains(u)) {
                    units.add(u);
                }
            }, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            Console.ERR.println("考核方案中没有单位代码 " + String.join("、", unknown) + "（见 input/plan/units.csv）。"
                    + "请检查代码是否写错，例如 S01、D12。");
            return ExitCode.USAGE;
        }
        if (units.isEmpty()) {
            units.addAll(plan.units());
        }
        Workspace ws = workspace.get();
        Distribution distribution = new Distribution(ws, plan);
        int total = units.size() * kinds.size();
        int files;
        if (total >= PROGRESS_THRESHOLD && System.console() != null) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("生成工作簿").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build()) {
                files = distribution.generate(units, kinds, f -> bar.step());
            }
        } else {
            files = distribution.generate(units, kinds, f -> { });
        }
        Console.OUT.println("已为 " + units.size() + " 个单位生成 " + files + " 个工作簿，保存在 "
                + ws.distributionDir() + "。");
        return ExitCode.OK;
    }
}
