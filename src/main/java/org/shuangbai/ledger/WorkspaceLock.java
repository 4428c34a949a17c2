package org.shuangbai.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;

/**
 * An exclusive lock on a workspace (an OS file lock on workspace.lockFile()), so two commands cannot
 * write one ledger at once. The operating system releases it when the process ends, even after a
 * crash or kill -9, so a stale lock file never blocks anyone.
 *
 * <p>A long-lived holder (the web console holds its workspace for its whole life, so that commands in a
 * terminal are refused while it runs) {@linkplain #lend() lends} its lock to the thread that runs one
 * operation: the use cases called on that thread then {@link #acquire} it as usual and get a borrowed
 * lock whose closing releases nothing. An OS lock cannot be taken twice by one process, and every other
 * thread and process still finds the workspace busy, so the use cases stay unchanged and unaware.
 */
public final class WorkspaceLock implements AutoCloseable {
    /** The held lock lent to the current thread, if any. */
    private static final ThreadLocal<WorkspaceLock> LENT = new ThreadLocal<>();

    private final Workspace workspace;
    /** Null for a borrowed lock. */
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Workspace workspace, FileChannel channel, FileLock lock) {
        this.workspace = workspace;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Who holds a workspace, written into the lock file by the holder so that a command refused can say who
     * it waits for (the OS lock is advisory: the file stays readable while locked).
     */
    public enum Holder {
        /** A command in a terminal (ingest, score, …). */
        COMMAND,
        /** The web console, which holds its workspace for as long as it runs. */
        CONSOLE
    }

    /**
     * Takes the lock for a command or throws {@link Busy} at once (never waits). On a thread the holder lent
     * its lock to (same workspace), returns a borrowed lock instead.
     */
    public static WorkspaceLock acquire(Workspace workspace) throws Busy {
        return acquire(workspace, Holder.COMMAND);
    }

    /** The same, saying in the lock file who holds it (see {@link Holder}). */
    public static WorkspaceLock acquire(Workspace workspace, Holder holder) throws Busy {
        WorkspaceLock lent = LENT.get();
        if (lent != null && lent.workspace.equals(workspace) && lent.lock.isValid()) {
            return new WorkspaceLock(workspace, null, null);
        }
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
            record(channel, holder);
            return new WorkspaceLock(workspace, channel, lock);
        } catch (IOException e) {
            throw new LedgerException(Messages.text("ledger.lock.failed", "file", workspace.lockFile(),
                    "error", e.getMessage()), e);
        }
    }

    /** Writes who holds the lock into its file; best effort: the lock holds without it (only the message is plainer). */
    private static void record(FileChannel channel, Holder holder) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder.name() + " " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (IOException e) {
            // a refused command then says "another command", which is still true enough
        }
    }

    /** A loan of a held lock to the current thread, ended by {@link #close()}. */
    public interface Loan extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Lends this held lock to the current thread until the loan is closed: {@link #acquire} of the same
     * workspace on this thread then returns a borrowed lock. Only the holder lends, one loan per thread.
     */
    public Loan lend() {
        if (channel == null) {
            throw new IllegalStateException("a borrowed lock cannot be lent");
        }
        if (LENT.get() != null) {
            throw new IllegalStateException("this thread already borrows a workspace lock");
        }
        LENT.set(this);
        return LENT::remove;
    }

    /** Whether this lock was borrowed from a holder (closing it releases nothing). */
    public boolean borrowed() {
        return channel == null;
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the channel anyway
        }
    }

    /** Another command, or the web console, holds the workspace. */
    public static final class Busy extends Exception {
        public Busy(Workspace workspace) {
            super(message(workspace));
        }

        /** Names the web console when the lock file says it holds the workspace. */
        private static String message(Workspace workspace) {
            String[] holder = holder(workspace);
            if (holder.length == 2 && holder[0].equals(Holder.CONSOLE.name())) {
                return Messages.text("ledger.lock.busyConsole", "root", workspace.root(), "pid", holder[1]);
            }
            return Messages.text("ledger.lock.busy", "root", workspace.root());
        }

        /** The holder's kind and process id as the lock file records them, or nothing when it cannot be read. */
        private static String[] holder(Workspace workspace) {
            try {
                return Files.readString(workspace.lockFile(), StandardCharsets.US_ASCII).strip().split(" ");
            } catch (IOException | RuntimeException e) {
                // unreadable (e.g. locked against reading on Windows): the plain message says enough
                return new String[0];
            }
        }
    }
}
