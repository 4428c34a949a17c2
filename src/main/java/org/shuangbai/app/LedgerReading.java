package org.shuangbai.app;

import java.nio.file.Files;
import java.util.function.Function;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.Ledger;

/**
 * The frame of a view that only reads the ledger (the console's board and unit pages): no workspace lock,
 * so the views stay live while an operation writes (SQLite's WAL gives each read a consistent snapshot),
 * and nothing is written — a workspace with no ledger yet gets the view of an empty one.
 */
final class LedgerReading {
    private LedgerReading() {
    }

    static <R> R read(Workspace workspace, Function<Ledger, R> withLedger, java.util.function.Supplier<R> empty) {
        if (!Files.exists(workspace.ledgerFile())) {
            return empty.get();
        }
        try (Ledger ledger = Ledger.open(workspace)) {
            return withLedger.apply(ledger);
        }
    }
}
