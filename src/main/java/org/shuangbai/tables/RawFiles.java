package org.shuangbai.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.shuangbai.text.Messages;

/**
 * Recognises a raw file from its bytes before anything parses it: the size against the limits first
 * (a 500 MB export is refused without being read), then, in one pass, its SHA-256, whether it is an
 * .xlsx package or text, and for text whether every byte sequence is UTF-8. Text that is not UTF-8 is
 * checked as GB18030 in a second pass; a file that is neither is refused, never read with a guess.
 */
public final class RawFiles {
    private static final int BUFFER = 1 << 20;

    private RawFiles() {
    }

    public static RawFile inspect(Path path, ImportLimits limits) throws IOException, RawFileRefused {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        long size = Files.size(path);
        String name = path.getFileName().toString();
        if (size == 0) {
            throw new RawFileRefused(Messages.text("imports.file.empty"), Messages.text("imports.todo.export"));
        }
        byte[] head = new byte[8];
        int headLength;
        try (InputStream in = Files.newInputStream(path)) {
            headLength = in.readNBytes(head, 0, head.length);
        }
        boolean zip = headLength >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        long limit = zip ? limits.maxXlsxBytes() : limits.maxTextBytes();
        if (size > limit) {
            throw new RawFileRefused(Messages.text("imports.file.tooBig", "size", ImportLimits.megabytes(size),
                    "limit", ImportLimits.megabytes(limit)), Messages.text("imports.todo.split"));
        }
        refuseForeign(head, headLength);
        Scan scan = scan(path, !zip);
        if (zip) {
            return new RawFile(path, name, size, scan.sha256, RawFormat.XLSX, new TextEncoding(TextEncoding.Kind.XLSX, 0),
                    0, ',');
        }
        if (scan.nulLine > 0) {
            throw new RawFileRefused(Messages.text("imports.file.binary", "line", scan.nulLine),
                    Messages.text("imports.todo.export"));
        }
        boolean bom = headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        TextEncoding encoding;
        if (scan.firstInvalidLine == 0) {
            encoding = new TextEncoding(bom ? TextEncoding.Kind.UTF8_BOM
                    : scan.nonAscii ? TextEncoding.Kind.UTF8 : TextEncoding.Kind.ASCII, 0);
        } else if (bom) {
            throw new RawFileRefused(Messages.text("imports.file.brokenUtf8", "line", scan.firstInvalidLine),
                    Messages.text("imports.todo.resaveUtf8"));
        } else if (decodes(path, Charset.forName("GB18030"))) {
            encoding = new TextEncoding(TextEncoding.Kind.GB18030, scan.firstInvalidLine);
        } else {
            throw new RawFileRefused(Messages.text("imports.file.unknownEncoding", "line", scan.firstInvalidLine),
                    Messages.text("imports.todo.resaveUtf8"));
        }
        return new RawFile(path, name, size, scan.sha256, RawFormat.CSV, encoding, scan.lines, scan.separator);
    }

    /** Formats that are not exports of rows: old or encrypted Office files, UTF-16 text. */
    private static void refuseForeign(byte[] head, int n) throws RawFileRefused {
        int b0 = n > 0 ? head[0] & 0xFF : -1;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        if (n >= 4 && b0 == 0xD0 && b1 == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new RawFileRefused(Messages.text("imports.file.ole2"), Messages.text("imports.todo.resaveXlsx"));
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            throw new RawFileRefused(Messages.text("imports.file.utf16"), Messages.text("imports.todo.resaveUtf8"));
        }
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            throw new RawFileRefused(Messages.text("imports.file.pdf"), Messages.text("imports.todo.export"));
        }
    }

    /** What one pass over the bytes found. */
    private static final class Scan {
        String sha256;
        long lines;
        long firstInvalidLine;
        long nulLine;
        boolean nonAscii;
        char separator = ',';
    }

    private static Scan scan(Path path, boolean text) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Scan scan = new Scan();
        Utf8Check utf8 = new Utf8Check();
        byte[] buf = new byte[BUFFER];
        long line = 1;
        boolean lastWasNewline = false;
        int commas = 0;
        int tabs = 0;
        boolean firstLine = true;
        boolean quoted = false;
        try (InputStream in = Files.newInputStream(path)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                digest.update(buf, 0, r);
                if (!text) {
                    continue;
                }
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b < 0) {
                        scan.nonAscii = true;
                    }
                    if (!utf8.accept(b) && scan.firstInvalidLine == 0) {
                        scan.firstInvalidLine = line;
                    }
                    if (b == 0 && scan.nulLine == 0) {
                        scan.nulLine = line;
                    }
                    if (firstLine) {
                        if (b == '"') {
                            quoted = !quoted;
                        } else if (!quoted && b == ',') {
                            commas++;
                        } else if (!quoted && b == '\t') {
                            tabs++;
                        }
                    }
                    if (b == '\n') {
                        line++;
                        firstLine = false;
                        lastWasNewline = true;
                    } else {
                        lastWasNewline = false;
                    }
                }
            }
        }
        if (text && !utf8.complete() && scan.firstInvalidLine == 0) {
            scan.firstInvalidLine = line;
        }
        scan.sha256 = HexFormat.of().formatHex(digest.digest());
        scan.lines = lastWasNewline ? line - 1 : line;
        scan.separator = tabs > commas ? '\t' : ',';
        return scan;
    }

    /** Whether the whole file decodes in {@code charset} without a malformed or unmappable sequence. */
    private static boolean decodes(Path path, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buf = new char[BUFFER / 2];
        try (Reader in = new InputStreamReader(Files.newInputStream(path), decoder)) {
            while (in.read(buf) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A byte-at-a-time UTF-8 validator (RFC 3629: no overlong forms, no surrogates, nothing above
     * U+10FFFF), fed across buffer boundaries.
     */
    static final class Utf8Check {
        private int need;
        private int lo = 0x80;
        private int hi = 0xBF;

        boolean accept(byte value) {
            int b = value & 0xFF;
            if (need > 0) {
                if (b < lo || b > hi) {
                    need = 0;
                    lo = 0x80;
                    hi = 0xBF;
                    return false; // a character cut short: the file is not UTF-8, whatever follows
                }
                need--;
                lo = 0x80;
                hi = 0xBF;
                return true;
            }
            if (b < 0x80) {
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            return true;
        }

        /** False when the input ended inside a character. */
        boolean complete() {
            return need == 0;
        }
    }
}
