package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.ValuesExport;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `export`: the current values with their sources, for audit without the tool. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "导出台账中当前有效的全部数据到 output/export/values.csv 和 values.xlsx："
                + "每行一个单位、表格、字段，并注明来源文件、工作表、单元格和文件校验值，便于核对。")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanCommand.load(workspaceOption);
        if (plan == null) {
            return ExitCode.PLAN_INVALID;
        }
        Workspace workspace = workspaceOption.get();
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace); Ledger ledger = Ledger.open(workspace)) {
            int n = ledger.currentValues().size();
            List<Path> written = ValuesExport.write(workspace, plan, ledger);
            Console.OUT.println("已导出 " + n + " 项数据到 " + written.get(0) + " 和 " + written.get(1) + "。");
            return ExitCode.OK;
        }
    }
}
