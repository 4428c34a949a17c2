package org.shuangbai.forms;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;

import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;

/**
 * The workspace's secret: 32 random bytes in {@code .shuangbai/workspace.key}, created on first use and
 * never replaced (a new key would make every workbook already sent out unverifiable). It never goes
 * into a workbook; only signatures made with it do.
 */
public final class WorkspaceKey {
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private WorkspaceKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** A key from given bytes (tests, or a key read elsewhere). */
    public static WorkspaceKey of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a workspace key has " + LENGTH + " bytes, not " + bytes.length);
        }
        return new WorkspaceKey(bytes);
    }

    public static WorkspaceKey loadOrCreate(Workspace workspace) throws IOException {
        return loadOrCreate(workspace.keyFile());
    }

    /** Reads the key file, creating it (owner-only where the file system allows) if it does not exist. */
    public static WorkspaceKey loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] fresh = new byte[LENGTH];
            new SecureRandom().nextBytes(fresh);
            try {
                create(file);
                Files.write(file, fresh, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: use theirs
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != LENGTH) {
            throw new IOException(Messages.text("forms.workspaceKey.damaged", "file", file, "expected", LENGTH,
                    "actual", bytes.length));
        }
        return new WorkspaceKey(bytes);
    }

    private static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            var f = file.toFile();
            // Windows: owner-only as far as java.io allows
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkspaceKey k && java.security.MessageDigest.isEqual(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WorkspaceKey[hidden]";
    }

}
