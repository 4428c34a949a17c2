package org.shuangbai.documents;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /**
     * Same length replacements only, so the PDF's cross-reference offsets stay valid. Works on the
     * bytes with plain searches: a regular expression over a whole PDF costs more than exporting it.
     * Fixes {@code out[0, length)} in place: the exporter's own buffer, not a copy, since the notice
     * and the N-row tables of a large district are tens of megabytes each, two of them at once.
     */
    static void pdf(byte[] out, int length, LocalDate date) {
        // Subset tags "/ABCDEF+Name": renumbered in order of appearance.
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 7; i < length; i++) {
            if (out[i] == '+' && out[i - 7] == '/' && upper(out, i - 6, i)) {
                String old = new String(out, i - 6, 6, StandardCharsets.ISO_8859_1);
                String fixed = tags.computeIfAbsent(old, k -> tag(tags.size()));
                System.arraycopy(fixed.getBytes(StandardCharsets.ISO_8859_1), 0, out, i - 6, 6);
            }
        }
        String stamp = String.format("D:%04d%02d%02d000000", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        // The dates live in the Info dictionary, written after the last stream: searching only
        // there spares a backward scan of the whole file for a key the file may not have.
        int tail = Math.max(0, lastIndexOf(out, length, "endstream".getBytes(StandardCharsets.ISO_8859_1), 0));
        for (String key : new String[] {"/CreationDate(", "/ModDate("}) {
            int at = lastIndexOf(out, length, key.getBytes(StandardCharsets.ISO_8859_1), tail);
            if (at < 0) {
                continue;
            }
            int from = at + key.length();
            int to = from;
            while (to < length && out[to] != ')') {
                to++;
            }
            int width = to - from;
            String fixed = java.util.stream.Stream.of(stamp + "+08'00'", stamp + "Z", stamp)
                    .filter(c -> c.length() == width).findFirst().orElse(fit(stamp, width));
            System.arraycopy(fixed.getBytes(StandardCharsets.ISO_8859_1), 0, out, from, width);
        }
        // The file ID (trailer, after the cross-reference table): a hash of everything before it.
        int id = lastIndexOf(out, length, "/ID [<".getBytes(StandardCharsets.ISO_8859_1), tail);
        if (id >= 0) {
            String hash = HexFormat.of().withUpperCase().formatHex(contentHash(out, id));
            int i = id + "/ID [<".length();
            for (int part = 0; part < 2 && i < length; part++) {
                int j = i;
                while (j < length && out[j] != '>') {
                    j++;
                }
                byte[] fixed = fit(hash, j - i).getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(fixed, 0, out, i, fixed.length);
                i = j + 2; // skip "><"
            }
        }
    }

    private static final int BLOCK = 4096;

    /**
     * SHA-256 over the CRC-32C of every 4 KiB block of {@code b[0, length)} and the length. A letter
     * is most of a megabyte of font programs; CRC-32C runs as a CPU instruction under any JIT
     * level, SHA-256 only under C2 (which the launcher turns off), where it took a tenth of the
     * render. Every byte still counts; the ID only has to differ between different files.
     */
    static byte[] contentHash(byte[] b, int length) {
        java.nio.ByteBuffer crcs = java.nio.ByteBuffer.allocate(((length + BLOCK - 1) / BLOCK) * 4 + 8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        for (int from = 0; from < length; from += BLOCK) {
            crc.reset();
            crc.update(b, from, Math.min(BLOCK, length - from));
            crcs.putInt((int) crc.getValue());
        }
        crcs.putLong(length);
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(crcs.array());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        outer:
        for (int i = length - key.length; i >= from; i--) {
            for (int k = 0; k < key.length; k++) {
                if (b[i + k] != key[k]) {
                    continue outer;
                }
            }
            return i;
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
        long time = date.atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toEpochMilli();
        String iso = date + "T00:00:00Z";
        try (ZipInputStream zin = new ZipInputStream(new BufferedInputStream(Files.newInputStream(in)));
             ZipOutputStream zout = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                zout.putNextEntry(copy);
                if (e.getName().equals("docProps/core.xml")) {
                    zout.write(new String(zin.readAllBytes(), StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + iso + "$3")
                            .getBytes(StandardCharsets.UTF_8));
                } else if (e.getName().startsWith("word/") && e.getName().endsWith(".xml")) {
                    drawingIds(zin, zout);
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
    }

    private static final String[] DRAWING_ID = {"<wp:docPr id=\"", "<pic:cNvPr id=\""};
    /** Kept back at the end of a window so that a marker and its digits are never split. */
    private static final int TAIL = 64;

    /**
     * Word's drawing ids only need to be unique; the exporter draws them at random. Each id becomes
     * its number in order of first appearance. The markers are ASCII, so the UTF-8 bytes are read
     * in windows as ISO-8859-1 text (one char per byte, re-encoded unchanged) and searched with
     * plain {@code indexOf}: a letter's document.xml is 400 KB, a notice's can be hundreds of MB.
     */
    static void drawingIds(InputStream in, OutputStream out) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        byte[] buffer = new byte[1 << 20];
        String pending = "";
        boolean end = false;
        while (!end) {
            int n = in.readNBytes(buffer, 0, buffer.length);
            end = n < buffer.length;
            String window = pending + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            int limit = end ? window.length() : Math.max(0, window.length() - TAIL);
            StringBuilder done = new StringBuilder(window.length() + 16);
            int copied = 0;
            int[] next = {window.indexOf(DRAWING_ID[0]), window.indexOf(DRAWING_ID[1])};
            while (true) {
                int k = next[1] < 0 || (next[0] >= 0 && next[0] < next[1]) ? 0 : 1;
                if (next[k] < 0 || next[k] >= limit) {
                    break;
                }
                int from = next[k] + DRAWING_ID[k].length();
                int to = from;
                while (to < window.length() && window.charAt(to) >= '0' && window.charAt(to) <= '9') {
                    to++;
                }
                if (to > from && to < window.length() && window.charAt(to) == '"') {
                    int id = ids.computeIfAbsent(window.substring(from, to), x -> ids.size() + 1);
                    done.append(window, copied, from).append(id);
                    copied = to;
                }
                next[k] = window.indexOf(DRAWING_ID[k], from);
            }
            int cut = Math.max(limit, copied);
            done.append(window, copied, cut);
            out.write(done.toString().getBytes(StandardCharsets.ISO_8859_1));
            pending = window.substring(cut);
        }
        out.write(pending.getBytes(StandardCharsets.ISO_8859_1));
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
