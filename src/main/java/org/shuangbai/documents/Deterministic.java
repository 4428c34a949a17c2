package org.shuangbai.documents;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes exported files depend only on their content: the PDF library stamps the clock and a random
 * file ID and font-subset tags, and Office files carry zip entry times and creation dates. Every
 * such value is replaced by one derived from the document date and the content.
 */
final class Deterministic {

    private Deterministic() {
    }

    /** Bytes read at once while fixing a PDF file: below G1's humongous size for a region of 1 MB. */
    private static final int PDF_WINDOW = 256 * 1024;

    /**
     * Fixes the PDF {@code file} in place. Same length replacements only, so the PDF's cross-reference
     * offsets stay valid. Works on the file in windows, never on the whole document in memory: the notice
     * and the N-row tables of a large district are tens of megabytes each, two of them at once.
     */
    static void pdf(Path file, LocalDate date) throws IOException {
        pdf(file, date, PDF_WINDOW);
    }

    /** {@link #pdf(Path, LocalDate)} through windows of {@code window} bytes (small ones in tests). */
    static void pdf(Path file, LocalDate date, int window) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            new PdfFix(channel, window).fix(date);
        }
    }

    /**
     * One PDF file being fixed. Plain byte searches: a regular expression over a whole PDF costs more
     * than exporting it.
     */
    private static final class PdfFix {
        private static final byte[] ENDSTREAM = ascii("endstream");
        private static final byte[] ID = ascii("/ID [<");
        private static final byte[][] DATES = {ascii("/CreationDate("), ascii("/ModDate(")};
        /** The keyword after a stream's dictionary. */
        private static final byte[] STREAM = ascii("stream");
        /** The keyword and its end of line at most ("stream" CR LF). */
        private static final int STREAM_START = STREAM.length + 2;
        private static final byte[] LENGTH = ascii("/Length ");
        /**
         * Bytes before a window read with it: the seven of a subset tag before its '+', and the dictionary
         * before a stream's keyword, where its /Length is looked for.
         */
        private static final int LOOKBACK = 256;
        /** Bytes read at once while looking for tags: about the dictionaries between two streams. */
        private static final int SCAN_WINDOW = 16 * 1024;

        private final FileChannel channel;
        private final long length;
        private final int window;
        private final byte[] buffer;

        PdfFix(FileChannel channel, int window) throws IOException {
            this.channel = channel;
            this.length = channel.size();
            this.window = window;
            if (window <= STREAM_START) {
                throw new IllegalArgumentException("window of " + window + " bytes: a keyword would not fit");
            }
            this.buffer = new byte[Math.max(window + LOOKBACK, BLOCK)]; // a whole block for the hash
        }

        void fix(LocalDate date) throws IOException {
            renumberTags();
            // The dates live in the Info dictionary, written after the last stream: searching only
            // there spares a backward scan of the whole file for a key the file may not have.
            long tail = Math.max(0, lastIndexOf(ENDSTREAM, 0));
            String stamp = String.format("D:%04d%02d%02d000000", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            for (byte[] key : DATES) {
                long at = lastIndexOf(key, tail);
                if (at >= 0) {
                    fixDate(at + key.length, stamp);
                }
            }
            // The file ID (trailer, after the cross-reference table): a hash of everything before it.
            long id = lastIndexOf(ID, tail);
            if (id >= 0) {
                String hash = HexFormat.of().withUpperCase().formatHex(contentHash(id));
                long i = id + ID.length;
                for (int part = 0; part < 2 && i < length; part++) {
                    long j = indexOf((byte) '>', i);
                    write(fit(hash, (int) (j - i)), i);
                    i = j + 2; // skip "><"
                }
            }
        }

        /**
         * Subset tags "/ABCDEF+Name" renumbered in order of appearance, window by window. They stand in font
         * dictionaries, never in stream data, which is most of a PDF's bytes (97 % of a letter's: font programs
         * and page contents): a stream whose dictionary gives its /Length directly and whose data ends in
         * "endstream" there is stepped over, not read.
         */
        private void renumberTags() throws IOException {
            Map<String, String> tags = new LinkedHashMap<>();
            // what lies between two streams is short: read in small windows, not to read the next stream's data
            int scan = Math.min(window, SCAN_WINDOW);
            long pos = 0;
            while (pos < length) {
                long from = Math.max(0, pos - LOOKBACK);
                int n = read(from, (int) (Math.min(length, pos + scan) - from));
                // a keyword in the window's last bytes is looked at by the next window, which reads them again
                int end = from + n == length ? n : n - STREAM_START;
                long next = from + end;
                int changedFrom = n;
                int changedTo = 0;
                // each byte is looked at once, by the window it falls in, with the bytes before it as fixed
                for (int i = (int) (pos - from); i < end; i++) {
                    if (buffer[i] == '+' && i >= 7 && buffer[i - 7] == '/' && upper(buffer, i - 6, i)) {
                        String old = new String(buffer, i - 6, 6, StandardCharsets.ISO_8859_1);
                        String fixed = tags.computeIfAbsent(old, k -> tag(tags.size()));
                        System.arraycopy(ascii(fixed), 0, buffer, i - 6, 6);
                        changedFrom = Math.min(changedFrom, i - 6);
                        changedTo = i;
                    } else if (buffer[i] == 's') {
                        long endstream = streamEnd(from, i, n);
                        if (endstream >= 0) {
                            next = endstream;
                            break;
                        }
                    }
                }
                // only the tags' bytes written back: a window's position in the buffer is its offset from `from`
                ByteBuffer changed = ByteBuffer.wrap(buffer, changedFrom, Math.max(0, changedTo - changedFrom));
                while (changed.hasRemaining()) {
                    channel.write(changed, from + changed.position());
                }
                pos = next;
            }
        }

        /**
         * Where the "endstream" of the stream whose keyword starts at {@code buffer[i]} stands in the file, or -1
         * when {@code i} does not start ">>stream" and an end of line, or its dictionary's /Length (looked for in
         * the buffer's bytes before it) is not a direct number, or "endstream" is not where that length says.
         */
        private long streamEnd(long from, int i, int n) throws IOException {
            if (i < 2 || i + STREAM_START > n || buffer[i - 1] != '>' || buffer[i - 2] != '>'
                    || !startsWith(buffer, i, STREAM)) {
                return -1;
            }
            // "stream" ends its line with CR LF or LF alone
            int data = i + STREAM.length;
            if (buffer[data] == '\n') {
                data++;
            } else if (buffer[data] == '\r' && buffer[data + 1] == '\n') {
                data += 2;
            } else {
                return -1;
            }
            int key = Deterministic.lastIndexOf(buffer, i, LENGTH, Math.max(0, i - LOOKBACK));
            if (key < 0) {
                return -1;
            }
            long size = 0;
            int d = key + LENGTH.length;
            for (; d < i && buffer[d] >= '0' && buffer[d] <= '9' && size < length; d++) {
                size = size * 10 + (buffer[d] - '0');
            }
            if (d == key + LENGTH.length || d >= i || buffer[d] == ' ') {
                return -1; // no number, or "12 0 R": the length is another object's
            }
            long after = from + data + size;
            if (after >= length) {
                return -1;
            }
            ByteBuffer probe = ByteBuffer.allocate((int) Math.min(ENDSTREAM.length + 2, length - after));
            while (probe.hasRemaining() && channel.read(probe, after + probe.position()) >= 0) {
                // read until full or the file ends
            }
            byte[] tail = probe.array();
            for (int eol = 0; eol <= 2; eol++) {
                if (startsWith(tail, eol, ENDSTREAM) && (eol == 0 || tail[0] == '\n' || tail[0] == '\r')) {
                    return after + eol;
                }
            }
            return -1;
        }

        /** The date starting at {@code from} (up to its ')') becomes the document date, in the same width. */
        private void fixDate(long from, String stamp) throws IOException {
            int width = (int) (indexOf((byte) ')', from) - from);
            String fixed = java.util.stream.Stream.of(stamp + "+08'00'", stamp + "Z", stamp)
                    .filter(c -> c.length() == width).findFirst().orElse(fit(stamp, width));
            write(fixed, from);
        }

        /**
         * SHA-256 over the CRC-32C of every 4 KiB block of the file's first {@code end} bytes and
         * {@code end}. A letter is most of a megabyte of font programs; CRC-32C runs as a CPU
         * instruction under any JIT level, SHA-256 only under C2 (which the launcher turns off), where
         * it took a tenth of the render. Every byte still counts; the ID only has to differ between
         * different files.
         */
        private byte[] contentHash(long end) throws IOException {
            ByteBuffer crcs = ByteBuffer.allocate((int) (((end + BLOCK - 1) / BLOCK) * 4 + 8));
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            int blocks = (buffer.length / BLOCK) * BLOCK;
            for (long from = 0; from < end; from += blocks) {
                int n = read(from, (int) Math.min(blocks, end - from));
                for (int b = 0; b < n; b += BLOCK) {
                    crc.reset();
                    crc.update(buffer, b, Math.min(BLOCK, n - b));
                    crcs.putInt((int) crc.getValue());
                }
            }
            crcs.putLong(end);
            return sha256(crcs.array());
        }

        /** Where {@code b} first occurs at or after {@code from}, or the file's length. */
        private long indexOf(byte b, long from) throws IOException {
            for (long at = from; at < length; at += buffer.length) {
                int n = read(at, (int) Math.min(buffer.length, length - at));
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == b) {
                        return at + i;
                    }
                }
            }
            return length;
        }

        /** Where {@code key} last starts at or after {@code from} in the file, or -1; read from the end. */
        private long lastIndexOf(byte[] key, long from) throws IOException {
            long end = length;
            while (end - from >= key.length) {
                long start = Math.max(from, end - buffer.length);
                int i = Deterministic.lastIndexOf(buffer, read(start, (int) (end - start)), key, 0);
                if (i >= 0) {
                    return start + i;
                }
                end = start + key.length - 1; // a key across the window's start is found in the next
                if (start == from) {
                    return -1;
                }
            }
            return -1;
        }

        /** Reads {@code n} bytes at {@code at} into the buffer's start; returns {@code n}. */
        private int read(long at, int n) throws IOException {
            ByteBuffer into = ByteBuffer.wrap(buffer, 0, n);
            while (into.hasRemaining()) {
                if (channel.read(into, at + into.position()) < 0) {
                    throw new java.io.EOFException();
                }
            }
            return n;
        }

        private void write(String ascii, long at) throws IOException {
            ByteBuffer from = ByteBuffer.wrap(ascii(ascii));
            while (from.hasRemaining()) {
                channel.write(from, at + from.position());
            }
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final int BLOCK = 4096;

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code key} stands at {@code b[at]} (false where it would run past either end). */
    private static boolean startsWith(byte[] b, int at, byte[] key) {
        return at >= 0 && at + key.length <= b.length && Arrays.equals(b, at, at + key.length, key, 0, key.length);
    }

    private static boolean upper(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 'A' || b[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The last occurrence of {@code key} in {@code b[from, length)}, or -1. */
    private static int lastIndexOf(byte[] b, int length, byte[] key, int from) {
        for (int i = length - key.length; i >= from; i--) {
            if (startsWith(b, i, key)) {
                return i;
            }
        }
        return -1;
    }

    private static String tag(int n) {
        char[] c = new char[6];
        for (int i = 5; i >= 0; i--) {
            c[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(c);
    }

    private static String fit(String value, int length) {
        if (value.length() >= length) {
            return value.substring(0, length);
        }
        return value + "0".repeat(length - value.length());
    }

    /**
     * Copies a zip (DOCX, XLSX) from {@code in} to {@code out} with fixed entry times, fixed
     * document dates and renumbered drawing ids. Entry by entry and in bounded buffers: the
     * document XML of a notice with a 20,000-row attachment is hundreds of megabytes.
     */
    static void office(Path in, Path out, LocalDate date) throws IOException {
        try (ZipInputStream zin = new ZipInputStream(new BufferedInputStream(Files.newInputStream(in)));
             ZipOutputStream zout = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                zout.putNextEntry(entry(e.getName(), date));
                if (e.getName().equals(CORE)) {
                    zout.write(coreDates(zin.readAllBytes(), date));
                } else if (hasDrawings(e.getName())) {
                    drawingIds(zin, zout);
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
    }

    /** The package part holding the document dates. */
    static final String CORE = "docProps/core.xml";

    /** A zip entry at the time {@link #office} gives every entry: the document date's midnight in Beijing. */
    static ZipEntry entry(String name, LocalDate date) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(date.atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toEpochMilli());
        return e;
    }

    /** The core properties with their creation and modification dates set to {@code date}. */
    static byte[] coreDates(byte[] core, LocalDate date) {
        return new String(core, StandardCharsets.UTF_8)
                .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + date + "T00:00:00Z$3")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a part's drawing ids are renumbered ({@link #drawingIds}): the Word XML parts. */
    static boolean hasDrawings(String name) {
        return name.startsWith("word/") && name.endsWith(".xml");
    }

    private static final byte[][] DRAWING_ID = {ascii("<wp:docPr id=\""), ascii("<pic:cNvPr id=\"")};
    /** Bytes read at once; a window's last {@link #TAIL} bytes wait for the next. */
    private static final int DRAWING_WINDOW = 1 << 20;
    /** Kept back at the end of a window so that a marker and its digits are never split. */
    private static final int TAIL = 64;
    /** The buffer a part starts with, grown while it is read: most Word parts are a few kilobytes. */
    private static final int FIRST_BUFFER = 8 * 1024;

    /**
     * Word's drawing ids only need to be unique; the exporter draws them at random. Each id becomes
     * its number in order of first appearance. The markers and digits are ASCII, so the UTF-8 bytes
     * are searched as they are, in windows of up to 1 MiB (a letter's document.xml is 400 KB, a
     * notice's can be hundreds of MB), and only the bytes between markers' digits are copied out:
     * every Word part of every document passes here, and most have no drawing at all.
     */
    static void drawingIds(InputStream in, OutputStream out) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        byte[] buffer = new byte[FIRST_BUFFER];
        int pending = 0;
        boolean end = false;
        while (!end) {
            int length = pending;
            int want = pending + DRAWING_WINDOW;
            while (length < want) {
                if (length == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(want, 2L * buffer.length));
                }
                int asked = Math.min(buffer.length, want) - length;
                int n = in.readNBytes(buffer, length, asked);
                length += n;
                if (n < asked) {
                    break;
                }
            }
            end = length < want;
            int limit = end ? length : Math.max(0, length - TAIL);
            int copied = 0;
            int[] next = {indexOf(buffer, length, DRAWING_ID[0], 0), indexOf(buffer, length, DRAWING_ID[1], 0)};
            while (true) {
                int k = next[1] < 0 || (next[0] >= 0 && next[0] < next[1]) ? 0 : 1;
                if (next[k] < 0 || next[k] >= limit) {
                    break;
                }
                int from = next[k] + DRAWING_ID[k].length;
                int to = from;
                while (to < length && buffer[to] >= '0' && buffer[to] <= '9') {
                    to++;
                }
                if (to > from && to < length && buffer[to] == '"') {
                    String old = new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
                    int id = ids.computeIfAbsent(old, x -> ids.size() + 1);
                    out.write(buffer, copied, from - copied);
                    out.write(ascii(Integer.toString(id)));
                    copied = to;
                }
                next[k] = indexOf(buffer, length, DRAWING_ID[k], from);
            }
            int cut = Math.max(limit, copied);
            out.write(buffer, copied, cut - copied);
            pending = length - cut;
            System.arraycopy(buffer, cut, buffer, 0, pending);
        }
        out.write(buffer, 0, pending);
    }

    /** The first occurrence of {@code key} in {@code b[from, length)}, or -1. */
    private static int indexOf(byte[] b, int length, byte[] key, int from) {
        byte first = key[0];
        outer:
        for (int i = from, last = length - key.length; i <= last; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < key.length; k++) {
                if (b[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@link #drawingIds(InputStream, OutputStream)} on a string, for tests. */
    static String drawingIds(String xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            drawingIds(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
