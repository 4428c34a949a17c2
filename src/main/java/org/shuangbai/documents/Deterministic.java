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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes exported files depend only on their content: the PDF library stamps the clock and a random
 * file ID and font-subset tags, and Office files carry zip entry times and creation dates. Every
 * such value is replaced by one derived from the document date and the content.
 */
final class Deterministic {
    private static final Pattern PDF_DATE = Pattern.compile("/(CreationDate|ModDate)\\s*\\((D:[^)]*)\\)");
    private static final Pattern PDF_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]");
    private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+");

    private Deterministic() {
    }

    /** Same length replacements only, so the PDF's cross-reference offsets stay valid. */
    static byte[] pdf(byte[] pdf, LocalDate date) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(s.length());
        // Subset tags first: the ID is then a hash of the rest.
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher t = SUBSET_TAG.matcher(s);
        while (t.find()) {
            tags.computeIfAbsent(t.group(1), k -> tag(tags.size()));
        }
        Matcher m = SUBSET_TAG.matcher(s);
        while (m.find()) {
            m.appendReplacement(out, "/" + tags.get(m.group(1)) + "+");
        }
        m.appendTail(out);
        s = out.toString();
        out.setLength(0);
        String stamp = String.format("D:%04d%02d%02d000000", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        m = PDF_DATE.matcher(s);
        while (m.find()) {
            String old = m.group(2);
            String fixed = java.util.stream.Stream.of(stamp + "+08'00'", stamp + "Z", stamp)
                    .filter(c -> c.length() == old.length()).findFirst().orElse(fit(stamp, old.length()));
            m.appendReplacement(out, Matcher.quoteReplacement("/" + m.group(1) + "(" + fixed + ")"));
        }
        m.appendTail(out);
        s = out.toString();
        m = PDF_ID.matcher(s);
        if (m.find()) {
            String hash = Designs.sha256(s.substring(0, m.start()).getBytes(StandardCharsets.ISO_8859_1)).toUpperCase();
            String a = fit(hash, m.group(1).length());
            String b = fit(hash, m.group(2).length());
            s = s.substring(0, m.start()) + "/ID [<" + a + "><" + b + ">]" + s.substring(m.end());
            // keep the length: pad or trim the spacing the writer used
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
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

    private static final Pattern DRAWING_ID = Pattern.compile("(<(?:wp:docPr|pic:cNvPr) id=\")(\\d+)(\")");

    /** Word's drawing ids only need to be unique; the exporter draws them at random. */
    static String drawingIds(String xml) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        Matcher m = DRAWING_ID.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            int id = ids.computeIfAbsent(m.group(2), k -> ids.size() + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + id + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
