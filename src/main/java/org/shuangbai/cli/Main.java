package org.shuangbai.cli;

import org.shuangbai.documents.DesignException;
import org.shuangbai.documents.MissingFontException;
import org.shuangbai.ledger.LedgerException;
import org.shuangbai.ledger.WorkspaceLock;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** 双百考核 command line: one subcommand per step of the cycle. */
@Command(name = "shuangbai",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"目标管理双百考核：由考核方案生成填报表，回收、核验、计分、排名、评选先进，并生成正式公文。", ""},
        subcommands = {
                InitCommand.class,
                PlanCommand.class,
                GenerateCommand.class,
                IngestCommand.class, StatusCommand.class, ExportCommand.class,
                ScoreCommand.class,
                RenderCommand.class,
                BackupCommand.class, RestoreCommand.class,
                DemoCommand.class,
                CommandLine.HelpCommand.class
        },
        footer = {"", "退出码：0 成功；1 部分文件被退回；2 命令用法错误；3 考核方案有误；4 工作目录被其他命令占用；5 缺少运行条件（如中文字体）；70 程序内部错误。"})
public final class Main implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;


    @Override
    public void run() {
        spec.commandLine().usage(Console.OUT);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(Console.OUT);
        cli.setErr(Console.ERR);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Integer expected = expectedFailure(e);
            if (expected != null) {
                // Conditions the user can act on: the message says what to do, no stack trace.
                commandLine.getErr().println(e.getMessage());
                return expected;
            }
            commandLine.getErr().println("程序内部错误：" + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCode.INTERNAL;
        });
        int code = cli.execute(args);
        Console.OUT.flush();
        Console.ERR.flush();
        return code;
    }

    /** The exit code of a failure that is the machine's or the workspace's, not a bug; null for a bug. */
    private static Integer expectedFailure(Exception e) {
        if (e instanceof WorkspaceLock.Busy) {
            return ExitCode.LOCKED;
        }
        if (e instanceof LedgerException || e instanceof MissingFontException || e instanceof DesignException) {
            return ExitCode.ENVIRONMENT;
        }
        return null;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"shuangbai " + (v == null ? "dev" : v)};
        }
    }
}
