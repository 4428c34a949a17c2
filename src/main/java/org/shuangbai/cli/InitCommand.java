package org.shuangbai.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.shuangbai.Defaults;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Creates a new workspace holding a copy of the bundled default plan, ready to edit for another year. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "新建工作目录，并复制默认考核方案（2009年朝阳区）、模板和报表设计，供修改为新一年的方案。")
public final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "目录", description = "要新建的工作目录（必须不存在或为空）。")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    Console.ERR.println("目录 " + dir.toAbsolutePath() + " 不是空的。为免覆盖已有文件，请指定一个新目录。");
                    return ExitCode.USAGE;
                }
            }
        }
        Files.createDirectories(dir);
        int n = 0;
        for (String folder : new String[] {"input/plan", "templates", "reports"}) {
            n += Defaults.copy(folder, dir).size();
        }
        for (String folder : new String[] {"input/returned", "output"}) {
            Files.createDirectories(dir.resolve(folder));
        }
        Console.OUT.println("已新建工作目录 " + dir.toAbsolutePath() + "，复制了 " + n + " 个文件。");
        Console.OUT.println("下一步：修改 input/plan/ 中的方案（settings.properties 中的 plan.code 每年须不同），然后运行 shuangbai plan check -w "
                + dir + " 检查。");
        return ExitCode.OK;
    }
}
