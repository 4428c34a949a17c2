package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

class WorkspaceKeyTest {
    @TempDir
    Path dir;

    @Test
    void isCreatedOnceWith32OwnerOnlyBytesAndThenReused() throws Exception {
        Workspace ws = new Workspace(dir);
        WorkspaceKey first = WorkspaceKey.loadOrCreate(ws);
        byte[] stored = Files.readAllBytes(ws.keyFile());
        assertEquals(32, stored.length);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.keyFile())));
        }
        assertEquals(first, WorkspaceKey.loadOrCreate(ws));
        assertEquals(java.util.Arrays.toString(stored), java.util.Arrays.toString(Files.readAllBytes(ws.keyFile())));
        assertEquals(first, WorkspaceKey.of(stored));
    }

    @Test
    void aDamagedKeyFileIsRefusedNotReplaced() throws Exception {
        Workspace ws = new Workspace(dir);
        Files.createDirectories(ws.privateDir());
        Files.write(ws.keyFile(), new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> WorkspaceKey.loadOrCreate(ws));
        assertEquals(3, Files.size(ws.keyFile()));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("已损坏"), e.getMessage());
    }
}
