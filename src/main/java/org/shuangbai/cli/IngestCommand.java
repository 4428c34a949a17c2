package org.shuangbai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.intake.Problem;
import org.shuangbai.ledger.FileReport;
import org.shuangbai.ledger.IngestSummary;
import org.shuangbai.ledger.Intake;
import org.shuangbai.plan.Plan;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `ingest`: checks returned workbooks and records them in the ledger. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"回收：核验交回的填报表（.xlsx、.xls、.ods，按内容识别，不看文件名），合格的记入台账，不合格的逐条说明原因。",
                "同一单位、同一表格（评分表还按评分单位和评分人）后收到的合格文件替代先前的（先前的保留在历史中）；"
                        + "内容完全相同的文件只记一次。"},
        footer = {"", "退出码：0 全部受理或重复；1 有文件被退回或跳过；3 方案有误；4 工作目录被占用；5 缺少密钥等运行条件。"})
public final class IngestCommand implements Callable<Integer> {
    /** Runs with more files than this show a progress bar (in a terminal). */
    static final int PROGRESS_THRESHOLD = 10;

    @Mixin
    WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "路径", arity = "0..*",
            description = "要回收的文件或文件夹（文件夹含子文件夹）；默认为工作目录的 input/returned/。")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanCommand.load(workspaceOption);
        if (plan == null) {
            return ExitCode.PLAN_INVALID;
        }
        Workspace workspace = workspaceOption.get();
        List<Path> targets = paths.isEmpty() ? List.of(workspace.returnedDir()) : paths;
        for (Path p : targets) {
            if (!Files.exists(p)) {
                Console.ERR.println("找不到 " + p.toAbsolutePath() + "。请检查路径；交回的文件默认放在 " + workspace.returnedDir() + "。");
                return ExitCode.USAGE;
            }
        }
        Progress progress = new Progress();
        IngestSummary summary;
        try {
            summary = Intake.ingest(workspace, plan, targets, progress, Clock.systemUTC());
        } catch (NoSuchFileException e) {
            Console.ERR.println("找不到 " + e.getFile() + "。");
            return ExitCode.USAGE;
        } catch (IOException e) {
            Console.ERR.println(e.getMessage());
            return ExitCode.ENVIRONMENT;
        } finally {
            progress.close();
        }
        if (progress.bar != null) {
            summary.files().forEach(IngestCommand::print);
        }
        Console.OUT.println(summary.line());
        if (summary.files().isEmpty()) {
            Console.OUT.println("没有找到要回收的文件。请把交回的填报表放到 " + workspace.returnedDir() + "（可分子文件夹）。");
        } else if (!summary.allTaken()) {
            Console.OUT.println("被退回的文件请按上面列出的问题通知报送单位改正后重新报送；运行 shuangbai status 可生成催报名单。");
        }
        return summary.allTaken() ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }

    static void print(FileReport report) {
        Console.OUT.println(report.line());
        if (report.outcome() == FileReport.Outcome.REJECTED) {
            for (Problem p : report.problems()) {
                Console.OUT.println("    - " + p.describe());
            }
        }
    }

    /** Per-file lines as they come; with many files in a terminal, a progress bar and the lines at the end. */
    private static final class Progress implements Intake.Listener {
        ProgressBar bar;

        @Override
        public void started(int files) {
            if (files > PROGRESS_THRESHOLD && System.console() != null) {
                bar = new ProgressBarBuilder().setTaskName("回收").setInitialMax(files)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" 个文件", 1).build();
            }
        }

        @Override
        public void done(FileReport report) {
            if (bar == null) {
                print(report);
            } else {
                bar.step();
            }
        }

        void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
