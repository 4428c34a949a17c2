package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.shuangbai.ledger.LedgerBackup;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `backup FILE`: a checked, consistent copy of the ledger. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() throws Exception {
        var office = workspaceOption.office();
        LedgerBackup.Contents contents = office.backup(file);
        Console.OUT.println(Messages.text("backup.done", "path", file.toAbsolutePath(), "contents", contents.describe()));
        Console.OUT.println(Messages.text("backup.keyReminder", "key", office.workspace().keyFile()));
        return ExitCode.OK;
    }
}
