package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

/** The lock file records who holds the workspace, so that a refused command can say it is the web console. */
class WorkspaceLockHolderTest {
    @TempDir
    Path dir;

    @Test
    void aRefusalNamesTheConsoleWhenTheConsoleHoldsTheWorkspace() throws Exception {
        Workspace ws = new Workspace(dir.resolve("ws"));
        long pid = ProcessHandle.current().pid();
        try (WorkspaceLock console = WorkspaceLock.acquire(ws, WorkspaceLock.Holder.CONSOLE)) {
            assertEquals("CONSOLE " + pid + "\n", Files.readString(ws.lockFile(), StandardCharsets.US_ASCII));
            WorkspaceLock.Busy busy = assertThrows(WorkspaceLock.Busy.class, () -> WorkspaceLock.acquire(ws));
            assertEquals("工作目录 " + ws.root() + " 正被网页控制台（shuangbai serve，进程号 " + pid + "）使用。"
                    + "请在控制台中操作；若要在命令行运行本命令，请先停止控制台（在运行它的窗口按 Ctrl+C）。", busy.getMessage());
        }
        // the next holder writes over what the console left
        try (WorkspaceLock command = WorkspaceLock.acquire(ws)) {
            assertEquals("COMMAND " + pid + "\n", Files.readString(ws.lockFile(), StandardCharsets.US_ASCII));
            WorkspaceLock.Busy busy = assertThrows(WorkspaceLock.Busy.class,
                    () -> WorkspaceLock.acquire(ws, WorkspaceLock.Holder.CONSOLE));
            assertEquals("工作目录 " + ws.root() + " 正被另一个 shuangbai 命令使用（例如另一个窗口中的回收或计分）。"
                    + "请等它结束后再运行本命令；若确认没有其他命令在运行，请稍后重试。", busy.getMessage());
        }
    }
}
