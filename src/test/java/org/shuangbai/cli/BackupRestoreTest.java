package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.WorkspaceLock;

/** `backup` and `restore` through the command line. */
class BackupRestoreTest {
    @TempDir
    Path dir;
    ReturnFixture fx;
    String ws;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        ws = fx.workspace.root().toString();
    }

    /** A filled score sheet of a unit in input/returned/, with EFF-01.score set. */
    void returnScore(String unit, String name, double eff01) throws Exception {
        FormLayout layout = fx.layout(unit, FormKind.SCORE);
        Map<String, Object> answers = ReturnFixture.answers(layout, 0);
        answers.put("EFF-01.score", eff01);
        ReturnFixture.fill(fx.generate(unit, FormKind.SCORE), fx.workspace.returnedDir().resolve(name), layout, answers);
    }

    /** The current values of the ledger stored in {@code ledgerFile}, read through a copy. */
    Map<String, String> valuesOf(Path ledgerFile) throws Exception {
        Workspace copy = new Workspace(Files.createTempDirectory(dir, "read"));
        Files.createDirectories(copy.ledgerDir());
        Files.copy(ledgerFile, copy.ledgerFile());
        return current(copy);
    }

    static Map<String, String> current(Workspace workspace) {
        try (Ledger ledger = Ledger.open(workspace)) {
            Map<String, String> out = new TreeMap<>();
            ledger.currentValues().forEach(v -> out.put(v.unitCode() + "|" + v.form() + "|" + v.assessor() + "|"
                    + v.field().text(), v.value() + "@" + v.fileHash()));
            return out;
        }
    }

    @Test
    void backupIsAConsistentSnapshotWhileOthersReadAndWrite() throws Exception {
        returnScore("S01", "a.xlsx", 2.5);
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        Map<String, String> committed = current(fx.workspace);
        assertFalse(committed.isEmpty());
        Path target = dir.resolve("备份 目录").resolve("台账-1.db");
        String url = "jdbc:sqlite:" + fx.workspace.ledgerFile();
        try (Connection reader = DriverManager.getConnection(url);
             Connection writer = DriverManager.getConnection(url)) {
            reader.setAutoCommit(false);
            try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM recorded_value")) {
                rs.next();
                assertEquals(committed.size(), rs.getInt(1));
            }
            // an uncommitted change by someone else must not reach the backup
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.executeUpdate("DELETE FROM recorded_value");
            }

            CliRunner.Result r = CliRunner.run("backup", "-w", ws, target.toString());

            assertEquals(ExitCode.OK, r.exitCode(), r.err());
            assertTrue(r.out().contains("副本检查完好（收到的文件记录 1 个，当前有效的提交 1 份）"), r.out());
            assertTrue(r.out().contains("密钥文件"), r.out());
            writer.rollback();
            reader.rollback();
        }
        assertEquals(committed, valuesOf(target));
        assertFalse(Files.exists(target.resolveSibling("台账-1.db.part")));
        // never overwrites
        CliRunner.Result again = CliRunner.run("backup", "-w", ws, target.toString());
        assertEquals(ExitCode.USAGE, again.exitCode());
        assertTrue(again.err().contains("已存在"), again.err());
    }

    @Test
    void backupThenMoreIngestedThenRestoreGivesTheValuesOfBackupTime() throws Exception {
        returnScore("S01", "a.xlsx", 2.5);
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        Map<String, String> atBackup = current(fx.workspace);
        Path backup = dir.resolve("backup.db");
        assertEquals(ExitCode.OK, Main.run("backup", "-w", ws, backup.toString()));

        returnScore("S01", "b-resubmitted.xlsx", 1.0);
        returnScore("S02", "c.xlsx", 2.0);
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        Map<String, String> later = current(fx.workspace);
        assertNotEquals(atBackup, later);

        CliRunner.Result r = CliRunner.run("restore", "-w", ws, backup.toString());

        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertEquals(atBackup, current(fx.workspace));
        Path kept = fx.workspace.ledgerDir().resolve("ledger.db.before-restore-1");
        assertTrue(r.out().contains(kept.toString()), r.out());
        assertEquals(later, valuesOf(kept), "the replaced ledger is kept whole");
        // ingesting again takes the files received after the backup back in
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        assertEquals(later, current(fx.workspace));
    }

    @Test
    void aCorruptOrForeignBackupIsRefusedAndTheLedgerLeftAlone() throws Exception {
        returnScore("S01", "a.xlsx", 2.5);
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        Path good = dir.resolve("good.db");
        assertEquals(ExitCode.OK, Main.run("backup", "-w", ws, good.toString()));
        Map<String, String> before = current(fx.workspace);
        byte[] ledgerBytes = Files.readAllBytes(fx.workspace.ledgerFile());

        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.db");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Path scrambled = dir.resolve("scrambled.db");
        byte[] s = bytes.clone();
        for (int i = 4096; i < s.length; i += 7) {
            s[i] = (byte) (s[i] ^ 0x5A);
        }
        Files.write(scrambled, s);
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "这不是数据库");
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }

        for (Path bad : new Path[] {truncated, scrambled, text, foreign}) {
            CliRunner.Result r = CliRunner.run("restore", "-w", ws, bad.toString());
            assertEquals(ExitCode.ENVIRONMENT, r.exitCode(), bad + ": " + r.out() + r.err());
            assertTrue(r.err().contains("不能用于恢复") && r.err().contains("现有台账未作任何改动"), r.err());
        }
        assertTrue(CliRunner.run("restore", "-w", ws, foreign.toString()).err().contains("不是双百考核台账"));
        assertArrayEquals(ledgerBytes, Files.readAllBytes(fx.workspace.ledgerFile()));
        assertEquals(before, current(fx.workspace));
        try (var files = Files.list(fx.workspace.ledgerDir())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("restor")));
        }
        CliRunner.Result missing = CliRunner.run("restore", "-w", ws, dir.resolve("nowhere.db").toString());
        assertEquals(ExitCode.USAGE, missing.exitCode());
    }

    @Test
    void backupAndRestoreWaitForNoOneButRefuseABusyWorkspace() throws Exception {
        returnScore("S01", "a.xlsx", 2.5);
        assertEquals(ExitCode.OK, Main.run("ingest", "-w", ws));
        Path backup = dir.resolve("b.db");
        try (WorkspaceLock held = WorkspaceLock.acquire(fx.workspace)) {
            CliRunner.Result b = CliRunner.run("backup", "-w", ws, backup.toString());
            assertEquals(ExitCode.LOCKED, b.exitCode());
            assertTrue(b.err().contains("正被另一个 shuangbai 命令使用"), b.err());
            assertFalse(Files.exists(backup));
        }
        assertEquals(ExitCode.OK, Main.run("backup", "-w", ws, backup.toString()));
        try (WorkspaceLock held = WorkspaceLock.acquire(fx.workspace)) {
            CliRunner.Result r = CliRunner.run("restore", "-w", ws, backup.toString());
            assertEquals(ExitCode.LOCKED, r.exitCode());
            assertTrue(r.err().contains("正被另一个 shuangbai 命令使用"), r.err());
        }
    }

    @Test
    void backupOfAWorkspaceWithoutLedgerSaysSo() {
        CliRunner.Result r = CliRunner.run("backup", "-w", ws, dir.resolve("x.db").toString());
        assertEquals(ExitCode.ENVIRONMENT, r.exitCode());
        assertTrue(r.err().contains("台账文件不存在"), r.err());
    }
}
