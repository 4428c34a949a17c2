package org.shuangbai.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Consistent copies of the ledger. SQLite's VACUUM INTO writes a transaction-consistent snapshot
 * even while the ledger is open elsewhere, so a backup never captures half an ingest.
 */
public final class LedgerBackup {
    private LedgerBackup() {
    }

    /** Writes a snapshot of {@code ledger} to {@code target} (which must not exist) and checks it. */
    public static void backup(Path ledger, Path target) throws IOException, SQLException {
        if (!Files.isRegularFile(ledger)) {
            throw new IOException("台账文件不存在：" + ledger + "。尚未回收任何文件时无需备份。");
        }
        if (Files.exists(target)) {
            throw new IOException("备份文件 " + target + " 已存在。为免覆盖，请换一个文件名。");
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
             Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        String problem = check(target);
        if (problem != null) {
            Files.deleteIfExists(target);
            throw new IOException("备份校验失败：" + problem);
        }
    }

    /**
     * Replaces the ledger with a checked backup. The current ledger is first kept beside it as
     * {@code ledger.db.before-restore-N}, so a restore never loses what was there.
     */
    public static Path restore(Path backup, Path ledger) throws IOException, SQLException {
        String problem = check(backup);
        if (problem != null) {
            throw new IOException("备份文件 " + backup + " 不可用：" + problem);
        }
        Path kept = null;
        Files.createDirectories(ledger.toAbsolutePath().getParent());
        if (Files.exists(ledger)) {
            int n = 1;
            do {
                kept = ledger.resolveSibling(ledger.getFileName() + ".before-restore-" + n++);
            } while (Files.exists(kept));
            backup(ledger, kept);
        }
        Path tmp = ledger.resolveSibling(ledger.getFileName() + ".restoring");
        Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(ledger.resolveSibling(ledger.getFileName() + suffix));
        }
        Files.move(tmp, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    /** Null when {@code file} is an intact ledger, else why not (in Chinese). */
    public static String check(Path file) {
        if (!Files.isRegularFile(file)) {
            return "文件不存在";
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    return "数据库完整性检查未通过（" + result + "）";
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return "不是双百考核台账（没有任何数据表）";
                }
            }
            return null;
        } catch (SQLException e) {
            return "不是有效的台账数据库（" + e.getMessage() + "）";
        }
    }
}
