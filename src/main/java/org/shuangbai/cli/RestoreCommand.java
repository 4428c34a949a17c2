package org.shuangbai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.LedgerBackup;
import org.shuangbai.ledger.WorkspaceLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `restore FILE`: replaces the ledger with a checked backup, keeping the replaced one. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"恢复台账：先检查备份文件完好，再用它替换 ledger/ledger.db。",
                "被替换的台账不会丢失，保存在同一目录的 ledger.db.before-restore-N。"},
        footer = {"", "退出码：0 成功；2 备份文件不存在；4 工作目录被占用；5 备份文件损坏或不是台账（现有台账不变）。"})
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "文件", description = "由 shuangbai backup 写出的备份文件。")
    Path file;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = workspaceOption.get();
        if (!java.nio.file.Files.isRegularFile(file)) {
            Console.ERR.println("找不到备份文件 " + file.toAbsolutePath() + "。请检查路径。");
            return ExitCode.USAGE;
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            Path kept = LedgerBackup.restore(file, workspace.ledgerFile());
            LedgerBackup.Contents contents = LedgerBackup.contents(workspace.ledgerFile());
            Console.OUT.println("台账已从 " + file.toAbsolutePath() + " 恢复（" + contents.describe() + "）。");
            if (kept != null) {
                Console.OUT.println("恢复前的台账保存在 " + kept + "，如需撤销，可再用它恢复。");
            }
            Console.OUT.println("恢复后收到的文件不在台账中：再次运行 shuangbai ingest 即可补收（已收过的文件报告为重复）。");
            return ExitCode.OK;
        } catch (IOException | LedgerBackup.InvalidLedger e) {
            Console.ERR.println(e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }
}
