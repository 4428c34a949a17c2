package org.shuangbai.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
     */
    static byte[] pdf(byte[] pdf, LocalDate date) {
        byte[] out = pdf.clone();
        // Subset tags "/ABCDEF+Name": renumbered in order of appearance.
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 7; i < out.length; i++) {
            if (out[i] == '+' && out[i - 7] == '/' && upper(out, i - 6, i)) {
                String old = new String(out, i - 6, 6, StandardCharsets.ISO_8859_1);
                String fixed = tags.computeIfAbsent(old, k -> tag(tags.size()));
                System.arraycopy(fixed.getBytes(StandardCharsets.ISO_8859_1), 0, out, i - 6, 6);
            }
        }
        String stamp = String.format("D:%04d%02d%02d000000", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        // The dates live in the Info dictionary, written after the last stream: searching only
        // there spares a backward scan of the whole file for a key the file may not have.
        int tail = Math.max(0, lastIndexOf(out, "endstream".getBytes(StandardCharsets.ISO_8859_1), 0));
        for (String key : new String[] {"/CreationDate(", "/ModDate("}) {
            int at = lastIndexOf(out, key.getBytes(StandardCharsets.ISO_8859_1), tail);
            if (at < 0) {
                continue;
            }
            int from = at + key.length();
            int to = from;
            while (to < out.length && out[to] != ')') {
                to++;
            }
            int length = to - from;
            String fixed = java.util.stream.Stream.of(stamp + "+08'00'", stamp + "Z", stamp)
                    .filter(c -> c.length() == length).findFirst().orElse(fit(stamp, length));
            System.arraycopy(fixed.getBytes(StandardCharsets.ISO_8859_1), 0, out, from, length);
        }
        // The file ID (trailer, after the cross-reference table): a hash of everything before it.
        int id = lastIndexOf(out, "/ID [<".getBytes(StandardCharsets.ISO_8859_1), tail);
        if (id >= 0) {
            String hash = HexFormat.of().withUpperCase().formatHex(contentHash(out, id));
            int i = id + "/ID [<".length();
            for (int part = 0; part < 2 && i < out.length; part++) {
                int j = i;
                while (j < out.length && out[j] != '>') {
                    j++;
                }
                byte[] fixed = fit(hash, j - i).getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(fixed, 0, out, i, fixed.length);
                i = j + 2; // skip "><"
            }
        }
        return out;
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

    /** The last occurrence of {@code key} starting at or after {@code from}, or -1. */
    private static int lastIndexOf(byte[] b, byte[] key, int from) {
        outer:
        for (int i = b.length - key.length; i >= from; i--) {
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

    /** Rewrites a zip (DOCX, XLSX) with fixed entry times and fixed document dates. */
    static byte[] office(byte[] zip, LocalDate date) throws IOException {
        long time = date.atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toEpochMilli();
        String iso = date + "T00:00:00Z";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("docProps/core.xml")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + iso + "$3")
                            .getBytes(StandardCharsets.UTF_8);
                }
                if (e.getName().startsWith("word/") && e.getName().endsWith(".xml")) {
                    data = drawingIds(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final String[] DRAWING_ID = {"<wp:docPr id=\"", "<pic:cNvPr id=\""};

    /**
     * Word's drawing ids only need to be unique; the exporter draws them at random. Each id becomes
     * its number in order of first appearance (plain searches: a regular expression over a letter's
     * document.xml cost 4 % of the render).
     */
    static String drawingIds(String xml) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(xml.length());
        int copied = 0;
        int[] next = {xml.indexOf(DRAWING_ID[0]), xml.indexOf(DRAWING_ID[1])};
        while (next[0] >= 0 || next[1] >= 0) {
            int k = next[1] < 0 || (next[0] >= 0 && next[0] < next[1]) ? 0 : 1;
            int from = next[k] + DRAWING_ID[k].length();
            int to = from;
            while (to < xml.length() && xml.charAt(to) >= '0' && xml.charAt(to) <= '9') {
                to++;
            }
            if (to > from && to < xml.length() && xml.charAt(to) == '"') {
                int id = ids.computeIfAbsent(xml.substring(from, to), x -> ids.size() + 1);
                out.append(xml, copied, from).append(id);
                copied = to;
            }
            next[k] = xml.indexOf(DRAWING_ID[k], from);
        }
        return out.append(xml, copied, xml.length()).toString();
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
