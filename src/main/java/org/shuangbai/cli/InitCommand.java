package org.shuangbai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.shuangbai.app.InitWorkspace;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Creates a new workspace holding a copy of the bundled default plan, ready to edit for another year. */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Override
    public Integer call() throws Exception {
        int n = InitWorkspace.run(dir);
        Console.OUT.println(Messages.text("init.done", "path", dir.toAbsolutePath(), "files", n));
        Console.OUT.println(Messages.text("init.next", "dir", dir));
        return ExitCode.OK;
    }
}
