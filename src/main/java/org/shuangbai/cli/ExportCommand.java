package org.shuangbai.cli;

import java.util.concurrent.Callable;

import org.shuangbai.app.ExportResult;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `export`: the current values with their sources, for audit without the tool. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        ExportResult r = workspaceOption.office().export();
        Console.OUT.println(Messages.text("export.done", "values", r.values(), "csv", r.files().get(0),
                "xlsx", r.files().get(1)));
        return ExitCode.OK;
    }
}
