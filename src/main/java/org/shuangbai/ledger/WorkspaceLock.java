package org.shuangbai.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;

/**
 * An exclusive lock on a workspace (an OS file lock on workspace.lockFile()), so two commands cannot
 * write one ledger at once. The operating system releases it when the process ends, even after a
 * crash or kill -9, so a stale lock file never blocks anyone.
 */
public final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link Busy} at once (never waits). */
    public static WorkspaceLock acquire(Workspace workspace) throws Busy {
        try {
            Files.createDirectories(workspace.privateDir());
            FileChannel channel = FileChannel.open(workspace.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new Busy(workspace);
            }
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            throw new LedgerException(Messages.text("ledger.lock.failed", "file", workspace.lockFile(),
                    "error", e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the channel anyway
        }
    }

    /** Another command holds the workspace. */
    public static final class Busy extends Exception {
        public Busy(Workspace workspace) {
            super(Messages.text("ledger.lock.busy", "root", workspace.root()));
        }
    }
}
