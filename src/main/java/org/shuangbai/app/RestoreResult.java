package org.shuangbai.app;

import java.nio.file.Path;

import org.shuangbai.ledger.LedgerBackup;

/** What `restore` did: the ledger now in place, and where the replaced one was kept (null if there was none). */
public record RestoreResult(LedgerBackup.Contents contents, Path kept) {
}
