package org.shuangbai.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file as received, before anything is read from it.
 *
 * @param displayPath the path shown to the user and kept in the ledger (relative to the folder given
 *                    on the command line when possible)
 * @param sha256      lower-case hex digest of the whole content
 */
public record ReceivedFile(Path path, String displayPath, String fileName, long size, String sha256) {

    /** Reads the file's size and content hash (the only thing read before the file is checked). */
    public static ReceivedFile read(Path path, String displayPath) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[64 * 1024];
            int r;
            while ((r = in.read(buf)) > 0) {
                sha.update(buf, 0, r);
                size += r;
            }
        }
        return new ReceivedFile(path, displayPath, path.getFileName().toString(), size,
                HexFormat.of().formatHex(sha.digest()));
    }
}
