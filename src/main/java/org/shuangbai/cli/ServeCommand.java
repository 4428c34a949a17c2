package org.shuangbai.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;
import org.shuangbai.web.ConsolePassword;
import org.shuangbai.web.ConsoleServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `serve`: the web console on this workspace until Ctrl+C; `serve --set-password`: its password. */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Option(names = "--bind", paramLabel = "ADDR", descriptionKey = "bind")
    String bind = ConsoleServer.DEFAULT_BIND;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "port")
    int port = ConsoleServer.DEFAULT_PORT;

    @Option(names = "--set-password", descriptionKey = "setPassword")
    boolean setPassword;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = workspaceOption.office().workspace();
        if (setPassword) {
            return setPassword(workspace);
        }
        ConsoleServer server = ConsoleServer.start(ConsoleServer.Options.of(workspace, bind, port));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            Console.OUT.println(Messages.text("console.serve.stopped"));
            stopped.countDown();
        }, "shuangbai-console-stop"));
        Console.OUT.println(Messages.text("console.serve.started", "url", server.url(), "workspace", workspace.root()));
        if (server.fingerprint() != null) {
            Console.OUT.println(Messages.text("console.serve.fingerprint", "fingerprint", server.fingerprint()));
        }
        Console.OUT.println(Messages.text("console.serve.exclusive"));
        stopped.await();
        return ExitCode.OK;
    }

    /** Asks twice (without echo in a terminal; from standard input otherwise, e.g. in a script). */
    private static int setPassword(Workspace workspace) throws IOException {
        char[] first = null;
        char[] second = null;
        try {
            java.io.Console terminal = System.console();
            if (terminal != null) {
                first = terminal.readPassword("%s", Messages.text("console.password.prompt"));
                second = terminal.readPassword("%s", Messages.text("console.password.again"));
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String a = in.readLine();
                String b = in.readLine();
                first = a == null ? null : a.toCharArray();
                second = b == null ? null : b.toCharArray();
            }
            if (first == null || second == null) {
                Console.ERR.println(Messages.text("console.password.noInput"));
                return ExitCode.USAGE;
            }
            if (!Arrays.equals(first, second)) {
                Console.ERR.println(Messages.text("console.password.mismatch"));
                return ExitCode.USAGE;
            }
            if (first.length < ConsolePassword.MIN_LENGTH) {
                Console.ERR.println(Messages.text("console.password.tooShort", "min", ConsolePassword.MIN_LENGTH));
                return ExitCode.USAGE;
            }
            ConsolePassword.set(workspace, first);
            Console.OUT.println(Messages.text("console.password.set", "file", ConsolePassword.file(workspace)));
            return ExitCode.OK;
        } finally {
            for (char[] c : new char[][] {first, second}) {
                if (c != null) {
                    Arrays.fill(c, '\0');
                }
            }
        }
    }
}
