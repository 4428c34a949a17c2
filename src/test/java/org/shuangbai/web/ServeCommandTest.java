package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.cli.CliRunner;
import org.shuangbai.cli.ExitCode;

/** `shuangbai serve` on the command line: the password, and a running console refusing terminal commands. */
class ServeCommandTest {
    @TempDir
    Path dir;
    ConsoleFixture fx;
    String ws;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ConsoleFixture(dir);
        ws = fx.workspace.root().toString();
    }

    private CliRunner.Result withInput(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRunner.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void setPasswordStoresOnlyASaltedSlowHash() throws Exception {
        CliRunner.Result r = withInput("办公室的密码 2010\n办公室的密码 2010\n", "serve", "-w", ws, "--set-password");
        assertEquals(ExitCode.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("密码已设置"), r.out());
        String stored = Files.readString(ConsolePassword.file(fx.workspace));
        assertTrue(stored.startsWith("pbkdf2-sha256:"), stored);
        assertFalse(stored.contains("2010"));
        assertTrue(ConsolePassword.matches(fx.workspace, "办公室的密码 2010".toCharArray()));
        assertFalse(ConsolePassword.matches(fx.workspace, "办公室的密码 2011".toCharArray()));
        // the same password again gets another salt
        withInput("办公室的密码 2010\n办公室的密码 2010\n", "serve", "-w", ws, "--set-password");
        assertFalse(stored.equals(Files.readString(ConsolePassword.file(fx.workspace))));
    }

    @Test
    void aMistypedOrShortPasswordChangesNothing() {
        CliRunner.Result mismatch = withInput("abcdefghijk\nabcdefghijx\n", "serve", "-w", ws, "--set-password");
        assertEquals(ExitCode.USAGE, mismatch.exitCode());
        assertTrue(mismatch.err().contains("两次输入的密码不一致"), mismatch.err());
        CliRunner.Result shortOne = withInput("short\nshort\n", "serve", "-w", ws, "--set-password");
        assertEquals(ExitCode.USAGE, shortOne.exitCode());
        assertTrue(shortOne.err().contains("至少 10 个字符"), shortOne.err());
        CliRunner.Result none = withInput("", "serve", "-w", ws, "--set-password");
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertFalse(ConsolePassword.isSet(fx.workspace));
    }

    @Test
    void aConsoleRunningInAnotherProcessMakesTerminalCommandsExitWithCode4() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process console = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "org.shuangbai.cli.Main", "serve", "-w", ws, "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertNotNull(first, "the console printed nothing");
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(first);
            assertTrue(url.find(), first);
            WebClient web = new WebClient(URI.create(url.group(1)));
            assertEquals(200, web.get("/board").status());

            for (String command : new String[] {"status", "ingest", "backup"}) {
                CliRunner.Result r = command.equals("backup")
                        ? CliRunner.run("backup", "-w", ws, dir.resolve("b.db").toString())
                        : CliRunner.run(command, "-w", ws);
                assertEquals(ExitCode.LOCKED, r.exitCode(), command + ": " + r.out() + r.err());
                // the lock file says who holds the workspace: the console, and its process
                assertTrue(r.err().contains("正被网页控制台（shuangbai serve，进程号 " + console.pid() + "）使用"), r.err());
            }
        } finally {
            console.destroy();
            assertTrue(console.waitFor(1, TimeUnit.MINUTES));
        }
        assertEquals(ExitCode.OK, CliRunner.run("status", "-w", ws).exitCode(), "free once the console stopped");
    }
}
