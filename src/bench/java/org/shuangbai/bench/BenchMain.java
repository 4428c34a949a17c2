package org.shuangbai.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the benchmark, outside the product: the launcher (`shuangbai bench …`) runs this
 * class on the bench classpath with the same arguments it was given, so the command line reads
 * exactly as if `bench` were one of the product's commands. The product is reached through its
 * public classes and, for the end-to-end case, through its launcher or its jar's own entry point.
 */
@Command(name = "shuangbai", subcommands = {BenchCommand.class, CommandLine.HelpCommand.class},
        description = "双百考核性能测试（开发用，不随程序发布）。")
public final class BenchMain implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform locale, as the product's console does.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs a command line (`bench …`) printing to the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new BenchMain());
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
