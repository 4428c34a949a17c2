package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.LedgerBackup;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.text.Messages;

/** 备份 / 恢复 of the ledger, under the workspace lock. */
public final class BackupLedger {
    private BackupLedger() {
    }

    /** A checked, consistent copy of the ledger at {@code target}, which must not exist. */
    public static LedgerBackup.Contents backup(Workspace workspace, Path target)
            throws IOException, WorkspaceLock.Busy, UsageException {
        if (Files.exists(target)) {
            throw new UsageException(Messages.text("backup.targetExists", "path", target.toAbsolutePath()));
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            return LedgerBackup.backup(workspace.ledgerFile(), target);
        }
    }

    /** Replaces the ledger with a checked backup, keeping the replaced one beside it. */
    public static RestoreResult restore(Workspace workspace, Path backup)
            throws IOException, WorkspaceLock.Busy, LedgerBackup.InvalidLedger, UsageException {
        if (!Files.isRegularFile(backup)) {
            throw new UsageException(Messages.text("restore.backupMissing", "path", backup.toAbsolutePath()));
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            Path kept = LedgerBackup.restore(backup, workspace.ledgerFile());
            return new RestoreResult(LedgerBackup.contents(workspace.ledgerFile()), kept);
        }
    }
}
