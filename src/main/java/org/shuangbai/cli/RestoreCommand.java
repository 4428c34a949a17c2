package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.shuangbai.app.RestoreResult;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `restore FILE`: replaces the ledger with a checked backup, keeping the replaced one. */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() throws Exception {
        RestoreResult r = workspaceOption.office().restore(file);
        Console.OUT.println(Messages.text("restore.done", "path", file.toAbsolutePath(),
                "contents", r.contents().describe()));
        if (r.kept() != null) {
            Console.OUT.println(Messages.text("restore.kept", "path", r.kept()));
        }
        Console.OUT.println(Messages.text("restore.reingest"));
        return ExitCode.OK;
    }
}
