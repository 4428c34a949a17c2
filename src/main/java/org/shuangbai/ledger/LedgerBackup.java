package org.shuangbai.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.sqlite.SQLiteConfig;
import org.shuangbai.text.Messages;

/**
 * Consistent copies of the ledger. SQLite's VACUUM INTO writes a transaction-consistent snapshot
 * (the last committed state, WAL included) even while other connections read or write, so a backup
 * never captures half an ingest. Every copy is written under a temporary name, checked, and only
 * then given its final name, so a crash never leaves a half-written file that looks like a backup.
 * Callers hold the {@link WorkspaceLock}.
 */
public final class LedgerBackup {
    /** Tables every ledger has from schema version 1 on. */
    private static final String[] TABLES = {"schema_version", "received_file", "submission", "recorded_value",
            "problem"};

    /** What a checked ledger file holds, for the messages of backup and restore. */
    public record Contents(int schemaVersion, int files, int currentSubmissions) {
        public String describe() {
            return Messages.text("ledger.backup.contents", "files", files, "current", currentSubmissions);
        }
    }

    private LedgerBackup() {
    }

    /** Writes a snapshot of {@code ledger} to {@code target} (which must not exist), checks it and says what it holds. */
    public static Contents backup(Path ledger, Path target) throws IOException {
        if (!Files.isRegularFile(ledger)) {
            throw new IOException(Messages.text("ledger.backup.noLedger", "ledger", ledger));
        }
        if (Files.exists(target)) {
            throw new IOException(Messages.text("ledger.backup.exists", "target", target));
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = parent.resolve(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        try {
            snapshot(ledger, part);
            Contents contents = contents(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return contents;
        } catch (InvalidLedger e) {
            throw new IOException(Messages.text("ledger.backup.checkFailed", "reason", e.getMessage()), e);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Replaces the ledger with a checked copy of {@code backup}. The current ledger is first kept
     * beside it as {@code ledger.db.before-restore-N}; returns that path (null when there was none).
     */
    public static Path restore(Path backup, Path ledger) throws IOException {
        try {
            contents(backup);
        } catch (InvalidLedger e) {
            throw unusable(backup, e);
        }
        Path dir = ledger.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path incoming = dir.resolve(ledger.getFileName() + ".restoring");
        Files.deleteIfExists(incoming);
        try {
            // a fresh snapshot rather than a byte copy: it also takes in a -wal file left beside the backup
            snapshot(backup, incoming);
            contents(incoming);
            Path kept = null;
            if (Files.exists(ledger)) {
                int n = 1;
                do {
                    kept = dir.resolve(ledger.getFileName() + ".before-restore-" + n++);
                } while (Files.exists(kept));
                backup(ledger, kept);
                checkpoint(ledger);
            }
            // a stale -wal beside the replaced file would be replayed into it
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve(ledger.getFileName() + suffix));
            }
            Files.move(incoming, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (InvalidLedger e) {
            throw unusable(backup, e);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    private static IOException unusable(Path backup, InvalidLedger why) {
        return new IOException(Messages.text("ledger.restore.unusable", "backup", backup, "reason", why.getMessage()),
                why);
    }

    /** Null when {@code file} is an intact ledger this program can open, else why not (in Chinese). */
    public static String check(Path file) {
        try {
            contents(file);
            return null;
        } catch (InvalidLedger e) {
            return e.getMessage();
        }
    }

    /** What an intact ledger file holds; throws with the reason when it is not one. */
    public static Contents contents(Path file) throws InvalidLedger {
        if (!Files.isRegularFile(file)) {
            throw new InvalidLedger(Messages.text("ledger.invalid.missing"));
        }
        try (Connection c = readOnly(file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                String result = rs.next() ? rs.getString(1) : Messages.text("ledger.invalid.noResult");
                if (!"ok".equals(result)) {
                    throw new InvalidLedger(Messages.text("ledger.invalid.integrity", "result", result));
                }
            }
            for (String table : TABLES) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) == 0) {
                            throw new InvalidLedger(Messages.text("ledger.invalid.notLedger", "table", table));
                        }
                    }
                }
            }
            int version = single(s, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
            if (version > Migrations.latest()) {
                throw new InvalidLedger(Messages.text("ledger.invalid.newer", "version", version, "latest",
                        Migrations.latest()));
            }
            return new Contents(version, single(s, "SELECT count(*) FROM received_file"),
                    single(s, "SELECT count(*) FROM submission WHERE superseded_by IS NULL"));
        } catch (SQLException e) {
            throw new InvalidLedger(Messages.text("ledger.invalid.notDatabase", "error", e.getMessage()));
        }
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void snapshot(Path source, Path target) throws IOException {
        try (Connection c = readOnly(source);
             PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new IOException(Messages.text("ledger.backup.copyFailed", "source", source, "error", e.getMessage()),
                    e);
        }
    }

    /** Moves everything committed into the main file, so nothing lives only in the -wal about to be removed. */
    private static void checkpoint(Path ledger) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IOException(Messages.text("ledger.restore.checkpointFailed", "ledger", ledger, "error",
                    e.getMessage()), e);
        }
    }

    /** Read-only, so checking a damaged file never "repairs" (changes) it. */
    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Properties p = config.toProperties();
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
    }

    /** A file that is not an intact ledger; the message says why, in Chinese. */
    public static final class InvalidLedger extends Exception {
        InvalidLedger(String message) {
            super(message);
        }
    }
}
