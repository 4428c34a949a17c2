package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.ledger.Ledger;

/**
 * Two commands at once on one workspace: while an ingest runs in another process, a second command
 * is refused at once with a clear message; a process killed while holding the lock leaves only a
 * lock file behind, which blocks nobody (the operating system released the lock with the process).
 */
class ConcurrentCommandsTest {
    @TempDir
    Path dir;
    ReturnFixture fx;
    String ws;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        ws = fx.workspace.root().toString();
        List<String> units = ReturnFixture.plan().units().stream().limit(12).map(u -> u.code()).toList();
        for (String unit : units) {
            for (FormKind kind : List.of(FormKind.SCORE, FormKind.REGISTRATION)) {
                FormLayout layout = fx.layout(unit, kind);
                ReturnFixture.fill(fx.generate(unit, kind), fx.workspace.returnedDir().resolve(unit + "-" + kind.option()
                        + ".xlsx"), layout, ReturnFixture.answers(layout, 3));
            }
        }
    }

    /** An ingest in a child JVM, returned once it has reported its first file (it holds the lock by then). */
    Process ingestHoldingTheLock(BufferedReader[] out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.shuangbai.cli.Main",
                "ingest", "-w", ws).redirectErrorStream(true).start();
        out[0] = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out[0].readLine();
        assertNotNull(first, "the child ingest printed nothing");
        assertTrue(first.startsWith("[受理]"), first);
        return p;
    }

    @Test
    void aSecondCommandWhileAnIngestRunsElsewhereIsRefusedWithAClearMessage() throws Exception {
        BufferedReader[] out = new BufferedReader[1];
        Process child = ingestHoldingTheLock(out);
        try {
            CliRunner.Result second = CliRunner.run("ingest", "-w", ws);
            CliRunner.Result status = CliRunner.run("status", "-w", ws);
            CliRunner.Result backup = CliRunner.run("backup", "-w", ws, dir.resolve("b.db").toString());
            assertTrue(child.isAlive(), "the child finished too early; the test proved nothing");

            for (CliRunner.Result r : List.of(second, status, backup)) {
                assertEquals(ExitCode.LOCKED, r.exitCode(), r.out() + r.err());
                assertTrue(r.err().contains("工作目录 " + fx.workspace.root() + " 正被另一个 shuangbai 命令使用"), r.err());
                assertTrue(r.err().contains("请等它结束后再运行本命令"), r.err());
            }
        } finally {
            out[0].transferTo(java.io.Writer.nullWriter());
            assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        }
        assertEquals(ExitCode.OK, child.exitValue());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(24, ledger.history().size(), "the refused second ingest recorded nothing twice");
        }
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
    }

    @Test
    void aLockLeftByAKilledProcessBlocksNobody() throws Exception {
        BufferedReader[] out = new BufferedReader[1];
        Process child = ingestHoldingTheLock(out);
        assertEquals(ExitCode.LOCKED, CliRunner.run("status", "-w", ws).exitCode());

        child.destroyForcibly();
        assertTrue(child.waitFor(1, TimeUnit.MINUTES));
        assertTrue(Files.exists(fx.workspace.lockFile()), "the killed process left its lock file");

        CliRunner.Result r = CliRunner.run("ingest", "-w", ws);
        assertEquals(ExitCode.OK, r.exitCode(), r.out() + r.err());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(24, ledger.history().size());
        }
    }
}
