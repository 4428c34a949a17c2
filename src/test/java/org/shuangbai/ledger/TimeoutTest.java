package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.app.FileReport;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.intake.IntakeLimits;
import org.shuangbai.intake.ReturnFixture;

/**
 * A file whose reading runs out of time has no verdict: it is recorded as not read, read again by the
 * next ingest (never a "duplicate" of itself), and after its second timeout the office is told what
 * to do. The timeout is forced with a zero time limit, so nothing here depends on how fast the machine is.
 */
class TimeoutTest {
    static final IntakeLimits NO_TIME = IntakeLimits.DEFAULT.withTimeout(Duration.ZERO);

    @TempDir
    Path dir;
    ReturnFixture fx;
    Path file;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReturnFixture(dir.resolve("ws"));
        file = fx.workspace.returnedDir().resolve("评分表.xlsx");
        fx.filledScoreSheet("S02", file);
    }

    FileReport ingest(List<Path> paths, IntakeLimits limits) throws Exception {
        IngestSummary run = Intake.ingest(fx.workspace, ReturnFixture.plan(), paths, new Intake.Listener() { },
                Clock.systemUTC(), limits);
        assertEquals(1, run.files().size());
        return run.files().get(0);
    }

    static String all(FileReport r) {
        return RejectionTest.all(r);
    }

    @Test
    void aTimeoutIsNotAVerdictTheFileIsReadAgainAndAfterTheSecondTheOfficeIsToldWhatToDo() throws Exception {
        List<Path> folder = List.of(fx.workspace.returnedDir());

        FileReport first = ingest(folder, NO_TIME);
        assertEquals(FileReport.Outcome.NOT_READ, first.outcome(), () -> all(first));
        assertTrue(first.line().startsWith("[未读取（超时）] input/returned/评分表.xlsx；"), first.line());
        assertTrue(first.line().contains("这不是对文件内容的判定") && first.line().contains("下次运行 shuangbai ingest 时会自动重新读取"),
                first.line());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(List.of(), ledger.history(), "not read is neither accepted nor rejected");
        }

        FileReport second = ingest(folder, NO_TIME);
        assertEquals(FileReport.Outcome.NOT_READ, second.outcome(), () -> "read again, not a duplicate: " + all(second));
        assertTrue(second.line().contains("第 2 次读取超时") && second.line().contains("单独回收这一个文件")
                && second.line().contains("shuangbai ingest \"input/returned/评分表.xlsx\"")
                && second.line().contains("另存为新的 .xlsx"), second.line());

        FileReport third = ingest(folder, IntakeLimits.DEFAULT);
        assertEquals(FileReport.Outcome.NOT_READ, third.outcome(), () -> all(third));
        assertTrue(third.line().contains("此前已 2 次读取超时，本次未再读取"), third.line());

        FileReport alone = ingest(List.of(file), IntakeLimits.DEFAULT);
        assertEquals(FileReport.Outcome.ACCEPTED, alone.outcome(), () -> "named on its own it is read: " + all(alone));

        FileReport after = ingest(folder, IntakeLimits.DEFAULT);
        assertEquals(FileReport.Outcome.DUPLICATE, after.outcome(), () -> all(after));
    }

    @Test
    void aFileReadInTimeOnTheSecondIngestIsTakenAsUsual() throws Exception {
        List<Path> folder = List.of(fx.workspace.returnedDir());
        assertEquals(FileReport.Outcome.NOT_READ, ingest(folder, NO_TIME).outcome());
        FileReport retried = ingest(folder, IntakeLimits.DEFAULT);
        assertEquals(FileReport.Outcome.ACCEPTED, retried.outcome(), () -> all(retried));
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(1, ledger.history().size());
        }
    }

    /** A ledger made by the previous version (schema 1) gets the table of attempts when it is opened. */
    @Test
    void aLedgerOfSchemaVersionOneIsMigrated() throws Exception {
        java.nio.file.Files.createDirectories(fx.workspace.ledgerDir());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + fx.workspace.ledgerFile());
             var in = Migrations.class.getResourceAsStream("/ledger/migrations/001_initial.sql");
             java.sql.Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                st.execute(sql);
            }
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
            st.execute("INSERT INTO schema_version VALUES (1, '001_initial.sql', '2009-03-01T00:00:00Z')");
        }
        assertEquals(FileReport.Outcome.NOT_READ, ingest(List.of(fx.workspace.returnedDir()), NO_TIME).outcome());
        try (Ledger ledger = Ledger.open(fx.workspace)) {
            assertEquals(3, ledger.schemaVersion());
            assertEquals(1, ledger.timesNotRead(java.util.HexFormat.of().formatHex(java.security.MessageDigest
                    .getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)))));
        }
    }

    @Test
    void theSummarySaysHowManyWereNotReadAndTheRunDoesNotCountAsAllTaken() throws Exception {
        IngestSummary run = Intake.ingest(fx.workspace, ReturnFixture.plan(), List.of(fx.workspace.returnedDir()),
                new Intake.Listener() { }, Clock.systemUTC(), NO_TIME);
        assertEquals(1, run.notRead());
        assertTrue(!run.allTaken());
        assertTrue(run.line().contains("1 个文件读取超时，未读取"), run.line());
    }
}
