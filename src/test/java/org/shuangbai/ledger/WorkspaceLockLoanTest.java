package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

/** A held lock lent to one thread: use cases on that thread run under it; every other caller stays refused. */
class WorkspaceLockLoanTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheThreadItIsLentToBorrowsTheHeldLock() throws Exception {
        Workspace ws = new Workspace(dir.resolve("ws"));
        Workspace other = new Workspace(dir.resolve("other"));
        try (WorkspaceLock held = WorkspaceLock.acquire(ws)) {
            assertThrows(WorkspaceLock.Busy.class, () -> WorkspaceLock.acquire(ws), "not lent: busy as before");
            try (WorkspaceLock.Loan loan = held.lend()) {
                try (WorkspaceLock borrowed = WorkspaceLock.acquire(ws)) {
                    assertTrue(borrowed.borrowed());
                    // nested use cases (the demo takes it twice in a row) borrow again
                    try (WorkspaceLock again = WorkspaceLock.acquire(ws)) {
                        assertTrue(again.borrowed());
                    }
                }
                // another thread of the same process is still refused
                CompletableFuture<Boolean> elsewhere = CompletableFuture.supplyAsync(() -> {
                    try (WorkspaceLock l = WorkspaceLock.acquire(ws)) {
                        return false;
                    } catch (WorkspaceLock.Busy e) {
                        return true;
                    }
                });
                assertTrue(elsewhere.get(), "another thread must find the workspace busy");
                // another workspace is locked for real
                try (WorkspaceLock own = WorkspaceLock.acquire(other)) {
                    assertFalse(own.borrowed());
                }
                assertThrows(IllegalStateException.class, held::lend, "one loan per thread");
            }
            assertThrows(WorkspaceLock.Busy.class, () -> WorkspaceLock.acquire(ws), "the loan ended");
        }
        // closing the borrowed locks released nothing early; closing the holder did
        try (WorkspaceLock l = WorkspaceLock.acquire(ws)) {
            assertFalse(l.borrowed());
        }
    }
}
