package org.shuangbai.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

import org.shuangbai.Workspace;

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
            throw new LedgerException("无法锁定工作目录（" + workspace.lockFile() + "）：" + e.getMessage()
                    + "。请检查目录权限。", e);
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
            super("工作目录 " + workspace.root() + " 正被另一个 shuangbai 命令使用（例如另一个窗口中的回收或计分）。"
                    + "请等它结束后再运行本命令；若确认没有其他命令在运行，请稍后重试。");
        }
    }
}
