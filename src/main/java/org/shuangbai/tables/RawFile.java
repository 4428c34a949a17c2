package org.shuangbai.tables;

import java.nio.file.Path;

/**
 * A raw file as recognised before parsing: its content hash (a re-import of the same bytes is a
 * duplicate), format and encoding, and its physical line count (the progress bar's length; 0 for
 * .xlsx, whose row count is unknown until read).
 */
public record RawFile(Path path, String fileName, long size, String sha256, RawFormat format, TextEncoding encoding,
                      long lines, char separator) {
}
