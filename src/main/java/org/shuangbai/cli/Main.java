package org.shuangbai.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.shuangbai.app.RunDemo;
import org.shuangbai.app.UsageException;
import org.shuangbai.documents.DesignException;
import org.shuangbai.documents.MissingFontException;
import org.shuangbai.ledger.LedgerBackup;
import org.shuangbai.ledger.LedgerException;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.text.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * 双百考核 command line: one subcommand per use case of the application layer. Help texts and every
 * message come from templates/messages.properties; failures the user can act on are mapped to exit
 * codes here, in one place.
 */
@Command(name = "shuangbai",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class)
public final class Main implements Runnable {
    /** The subcommands, in the order the root's help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            InitCommand.class,
            PlanCommand.class,
            GenerateCommand.class,
            IngestCommand.class, StatusCommand.class, ExportCommand.class,
            ImportCommand.class, EvaluationCommand.class, TasksCommand.class,
            ScoreCommand.class,
            RenderCommand.class,
            ServeCommand.class,
            BackupCommand.class, RestoreCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Console.OUT);
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(DemoCommand.class.getAnnotation(Command.class).name())) {
            RunDemo.loadAhead(); // beside the JVM's and the command line's start, on the other core
        }
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
        helpTexts(cli, "main");
        cli.setOut(Console.OUT);
        cli.setErr(Console.ERR);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Integer expected = expectedFailure(e);
            if (expected != null) {
                return expected;
            }
            commandLine.getErr().println(Messages.text("cli.internalError", "error", e));
            e.printStackTrace(commandLine.getErr());
            return ExitCode.INTERNAL;
        });
        int code = cli.execute(args);
        Console.OUT.flush();
        Console.ERR.flush();
        return code;
    }

    /**
     * The root command with the subcommand named first on the command line, or with all of them when the
     * first argument names none (the root's help, {@code help}, a mistyped name, which picocli answers with
     * the names it knows). Picocli builds its model of a command by reflection, and its own classes (compiled
     * for Java 5) are never in the class-data archive: the whole tree took a fifth of a second of the start's
     * main thread, while one command needs only its own.
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> named = SUBCOMMANDS.stream()
                .filter(sub -> sub != CommandLine.HelpCommand.class)
                .filter(sub -> sub.getAnnotation(Command.class).name().equals(first))
                .findFirst().orElse(null);
        for (Class<?> sub : named == null ? SUBCOMMANDS : List.of(named)) {
            cli.addSubcommand(sub);
        }
        return cli;
    }

    /** Each command's help texts from the messages file, under cli.<command>. */
    private static void helpTexts(CommandLine cli, String name) {
        cli.setResourceBundle(new MessagesBundle(name));
        cli.getSubcommands().forEach((sub, line) -> {
            if (!"help".equals(sub)) {
                helpTexts(line, "main".equals(name) ? sub : name + "." + sub);
            }
        });
    }

    /**
     * Conditions the user can act on (the message says what to do, no stack trace), printed and mapped to
     * their exit code; null for a bug.
     */
    static Integer expectedFailure(Exception e) {
        if (e instanceof PlanException p) {
            Console.ERR.println(Messages.text("plan.invalid.heading", "count", p.problems().size()));
            for (PlanProblem problem : p.problems()) {
                Console.ERR.println("  " + problem.describe());
            }
            Console.ERR.println(Messages.text("plan.invalid.todo"));
            return ExitCode.PLAN_INVALID;
        }
        if (e instanceof UsageException) {
            Console.ERR.println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof NoSuchFileException n) {
            Console.ERR.println(Messages.text("cli.fileMissing", "path", n.getFile()));
            return ExitCode.USAGE;
        }
        if (e instanceof WorkspaceLock.Busy) {
            Console.ERR.println(e.getMessage());
            return ExitCode.LOCKED;
        }
        if (e instanceof LedgerException || e instanceof MissingFontException || e instanceof DesignException
                || e instanceof LedgerBackup.InvalidLedger || e instanceof IOException) {
            Console.ERR.println(e.getMessage());
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
