package org.shuangbai.intake;

import java.nio.file.Path;

/**
 * A file as received, before anything is read from it.
 *
 * @param displayPath the path shown to the user and kept in the ledger (relative to the folder given
 *                    on the command line when possible)
 * @param sha256      lower-case hex digest of the whole content
 */
public record ReceivedFile(Path path, String displayPath, String fileName, long size, String sha256) {
}
