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

/** `backup FILE`: a checked, consistent copy of the ledger. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"备份台账：把 ledger/ledger.db 的一致副本写到指定文件，并检查副本完好。",
                "密钥文件 .shuangbai/workspace.key 不在备份内，请另行妥善保存一份（它不变，保存一次即可）。"},
        footer = {"", "退出码：0 成功；2 目标文件已存在等用法错误；4 工作目录被占用；5 台账不存在或无法读写。"})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "文件", description = "备份写到这里（不得已存在），例如 备份/台账-2010-01-15.db。")
    Path file;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = workspaceOption.get();
        if (java.nio.file.Files.exists(file)) {
            Console.ERR.println("备份文件 " + file.toAbsolutePath() + " 已存在。为免覆盖，请换一个文件名。");
            return ExitCode.USAGE;
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            LedgerBackup.Contents contents = LedgerBackup.backup(workspace.ledgerFile(), file);
            Console.OUT.println("台账已备份到 " + file.toAbsolutePath() + "，副本检查完好（" + contents.describe() + "）。");
            Console.OUT.println("提醒：密钥文件 " + workspace.keyFile() + " 不在备份内；没有它，已下发的工作簿将无法核验，请另行保存一份。");
            return ExitCode.OK;
        } catch (IOException e) {
            Console.ERR.println(e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }
}
