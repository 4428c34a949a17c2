package org.shuangbai.forms;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.Plan;

/**
 * Types values into a generated workbook as {@link SampleFiller} does through POI, by editing the package
 * directly: the input cells' values go into the sheet XML (texts as new shared-string items), the
 * subtotals' cached results are recomputed as an office suite does on saving, every other part keeps its
 * compressed bytes, and the container is written as {@link ZipParts} writes it, with the generated
 * workbook's entry time. Loading and saving the workbook with POI cost twenty times as much.
 *
 * <p>It takes only what it can write as POI would: a container {@link ZipParts} reads, the identity in
 * the custom properties, plain values (no formula typed), texts {@link XmlText} writes, and subtotals of
 * the form {@code SUM(ranges and cells of the same sheet)}. For anything else it gives null and the
 * caller edits the workbook with POI.
 */
final class PackageFill {
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String CUSTOM = "docProps/custom.xml";
    private static final String PROPERTY_PREFIX = "shuangbai.";
    private static final Pattern SUM = Pattern.compile("SUM\\(([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?(?:,[A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)*)\\)");
    private static final Pattern REF = Pattern.compile("([A-Z]+)([0-9]+)");

    /** The values written and the new workbook's bytes. */
    record Filled(Map<FieldKey, String> written, byte[] workbook) {
    }

    private PackageFill() {
    }

    /** The workbook with the values typed in, or null when it must be edited with POI instead. */
    static Filled fill(byte[] workbook, Plan plan, FormTexts texts, Function<FormLayout, Map<FieldKey, String>> values,
                       Path source)
            throws DataFormatException, XMLStreamException {
        ZipParts.Container container = ZipParts.read(workbook);
        if (container == null) {
            return null;
        }
        Map<String, Integer> index = new HashMap<>();
        List<ZipParts.Part> parts = new ArrayList<>(container.parts());
        for (int i = 0; i < parts.size(); i++) {
            index.put(parts.get(i).name(), i);
        }
        if (!index.containsKey(CUSTOM) || !index.containsKey(SHARED_STRINGS) || !index.containsKey("xl/workbook.xml")
                || !index.containsKey("xl/_rels/workbook.xml.rels")) {
            return null;
        }
        Optional<FormLayout> layout = WorkbookIdentity.identity(identity(parts.get(index.get(CUSTOM)).content()))
                .flatMap(id -> FormLayouts.build(plan, id, texts));
        if (layout.isEmpty()) {
            return null;
        }
        Map<FieldKey, String> written = values.apply(layout.get());
        // a body's workbook has thousands of fields: looked up once each, not by a walk over the layout
        Map<FieldKey, CellSpec> fields = new HashMap<>();
        layout.get().cells().forEach(c -> {
            if (c.key() != null) {
                fields.putIfAbsent(c.key(), c);
            }
        });
        Map<String, String> sheetParts = PackageXml.sheetParts(parts.get(index.get("xl/workbook.xml")).content(),
                parts.get(index.get("xl/_rels/workbook.xml.rels")).content());

        SharedStrings strings = new SharedStrings(parts.get(index.get(SHARED_STRINGS)).content());
        Map<String, Map<String, String>> cellsBySheet = new LinkedHashMap<>(); // sheet -> ref -> new <c> element
        Map<String, Map<String, Double>> numbersBySheet = new HashMap<>();
        for (Map.Entry<FieldKey, String> e : written.entrySet()) {
            CellSpec spec = fields.get(e.getKey());
            if (spec == null) {
                throw new IllegalArgumentException("no field " + e.getKey() + " in " + source);
            }
            String value = e.getValue();
            String cell;
            Double number = null;
            if (value == null || value.isEmpty()) {
                cell = null;
            } else if (value.startsWith("=")) {
                return null;
            } else if (spec.rule() != null && spec.rule().kind() == InputRule.Kind.DECIMAL && SampleFiller.isNumber(value)) {
                number = new BigDecimal(value.strip()).doubleValue();
                cell = "t=\"n\"><v>" + number + "</v></c>";
            } else if (spec.rule() != null && spec.rule().kind() == InputRule.Kind.DATE && SampleFiller.isDate(value)) {
                number = DateUtil.getExcelDate(LocalDate.parse(value.strip()));
                cell = "t=\"n\"><v>" + number + "</v></c>";
            } else {
                int item = strings.add(value);
                if (item < 0) {
                    return null;
                }
                cell = "t=\"s\"><v>" + item + "</v></c>";
            }
            cellsBySheet.computeIfAbsent(spec.sheet(), s -> new LinkedHashMap<>()).put(spec.ref(), cell);
            Map<String, Double> numbers = numbersBySheet.computeIfAbsent(spec.sheet(), s -> new HashMap<>());
            numbers.put(spec.ref(), number); // null: no number (text or blank), which SUM leaves out
        }

        Deflater deflater = ZipParts.deflater();
        try {
            for (Map.Entry<String, Map<String, String>> e : cellsBySheet.entrySet()) {
                String partName = sheetParts.get(e.getKey());
                Integer at = partName == null ? null : index.get(partName);
                if (at == null) {
                    return null;
                }
                SheetXml sheet = new SheetXml(new String(parts.get(at).content(), StandardCharsets.UTF_8));
                if (!sheet.put(e.getValue()) || !sheet.recalculate(numbersBySheet.get(e.getKey()))) {
                    return null;
                }
                parts.set(at, ZipParts.Part.of(partName, sheet.xml().getBytes(StandardCharsets.UTF_8), deflater));
            }
            if (strings.changed()) {
                parts.set(index.get(SHARED_STRINGS), ZipParts.Part.of(SHARED_STRINGS, strings.xml(), deflater));
            }
        } finally {
            deflater.end();
        }
        return new Filled(written, ZipParts.write(parts, container.dosTime()));
    }

    /** The identity values (keys without their prefix) from the custom properties. */
    private static Map<String, String> identity(byte[] custom) throws XMLStreamException {
        XMLStreamReader r = PackageXml.reader(custom);
        Map<String, String> values = new LinkedHashMap<>();
        String name = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("property")) {
                name = r.getAttributeValue(null, "name");
            } else if (event == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("lpwstr") && name != null
                    && name.startsWith(PROPERTY_PREFIX)) {
                values.put(name.substring(PROPERTY_PREFIX.length()), r.getElementText().strip());
            }
        }
        r.close();
        return values;
    }

    /**
     * The shared strings with items appended as POI appends them: a text already there as a plain item
     * is shown by that item; {@code count} counts every cell that shows one, {@code uniqueCount} the items.
     */
    private static final class SharedStrings {
        private static final Pattern HEAD = Pattern.compile("<sst count=\"(\\d+)\" uniqueCount=\"(\\d+)\"");
        private final String xml;
        private final Map<String, Integer> items = new HashMap<>();
        private final StringBuilder added = new StringBuilder();
        private int unique;
        private int references;
        private int newReferences;

        SharedStrings(byte[] content) {
            this.xml = new String(content, StandardCharsets.UTF_8);
            Matcher head = HEAD.matcher(xml);
            if (!head.find()) {
                references = -1;
                return;
            }
            references = Integer.parseInt(head.group(1));
            unique = Integer.parseInt(head.group(2));
            int item = 0;
            for (int p = xml.indexOf("<si>"); p >= 0; p = xml.indexOf("<si>", p + 4)) {
                int end = xml.indexOf("</si>", p);
                items.putIfAbsent(xml.substring(p, end + 5), item++);
            }
            if (item != unique) {
                references = -1;
            }
        }

        /** The item showing this text, added if needed; -1 when it cannot be written as POI would. */
        int add(String text) {
            byte[] si = references < 0 ? null : XmlText.sharedString(text);
            if (si == null) {
                return -1;
            }
            newReferences++;
            return items.computeIfAbsent(new String(si, StandardCharsets.UTF_8), s -> {
                added.append(s);
                return unique++;
            });
        }

        boolean changed() {
            return newReferences > 0;
        }

        byte[] xml() {
            int end = xml.lastIndexOf("</sst>");
            Matcher head = HEAD.matcher(xml);
            head.find();
            String out = xml.substring(0, head.start()) + "<sst count=\"" + (references + newReferences)
                    + "\" uniqueCount=\"" + unique + "\"" + xml.substring(head.end(), end) + added + xml.substring(end);
            return out.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A worksheet's XML as POI writes it, edited cell by cell: rows {@code <row r="n" …>} in order, cells
     * {@code <c r="A1" s="…" t="…">…</c>} or {@code <c …/>} in column order.
     */
    static final class SheetXml {
        private String xml;

        SheetXml(String xml) {
            this.xml = xml;
        }

        String xml() {
            return xml;
        }

        /**
         * Sets cells, in one pass over the sheet: each reference maps to what follows the cell's {@code r} and
         * {@code s} attributes (e.g. {@code t="n"><v>1.0</v></c>}), or to null for a blank cell. A cell keeps
         * its style; a missing cell or row is inserted in its place. False for a sheet without rows to edit.
         */
        boolean put(Map<String, String> cells) {
            java.util.TreeMap<Integer, java.util.TreeMap<Integer, String[]>> rows = new java.util.TreeMap<>();
            for (Map.Entry<String, String> c : cells.entrySet()) {
                Matcher m = REF.matcher(c.getKey());
                if (!m.matches()) {
                    return false;
                }
                rows.computeIfAbsent(Integer.parseInt(m.group(2)), r -> new java.util.TreeMap<>())
                        .put(CellSpec.columnIndex(m.group(1)), new String[] {c.getKey(), c.getValue()});
            }
            int data = xml.indexOf("<sheetData");
            int dataEnd = data < 0 ? -1 : xml.indexOf("</sheetData>", data);
            if (dataEnd < 0) {
                return false; // an empty <sheetData/>: not what a generated sheet with inputs has
            }
            StringBuilder out = new StringBuilder(xml.length() + 48 * cells.size());
            int p = xml.indexOf('>', data) + 1;
            out.append(xml, 0, p);
            for (int row = xml.indexOf("<row ", p); row >= 0 && row < dataEnd; row = xml.indexOf("<row ", p)) {
                int tagEnd = xml.indexOf('>', row);
                int r = Integer.parseInt(attribute(xml.substring(row, tagEnd), "r"));
                boolean empty = xml.charAt(tagEnd - 1) == '/';
                int rowEnd = empty ? tagEnd + 1 : xml.indexOf("</row>", tagEnd) + "</row>".length();
                out.append(xml, p, row);
                while (!rows.isEmpty() && rows.firstKey() < r) {
                    newRow(out, rows.pollFirstEntry());
                }
                java.util.TreeMap<Integer, String[]> edits = rows.remove(r);
                if (edits == null) {
                    out.append(xml, row, rowEnd);
                } else if (empty) {
                    out.append(xml, row, tagEnd - 1).append('>');
                    edits.values().forEach(e -> out.append(cell(e[0], null, e[1])));
                    out.append("</row>");
                } else {
                    out.append(xml, row, tagEnd + 1);
                    putInRow(out, tagEnd + 1, rowEnd - "</row>".length(), edits);
                    out.append("</row>");
                }
                p = rowEnd;
            }
            out.append(xml, p, dataEnd);
            while (!rows.isEmpty()) {
                newRow(out, rows.pollFirstEntry());
            }
            out.append(xml, dataEnd, xml.length());
            xml = out.toString();
            return true;
        }

        private static void newRow(StringBuilder out, Map.Entry<Integer, java.util.TreeMap<Integer, String[]>> row) {
            out.append("<row r=\"").append(row.getKey()).append("\">");
            row.getValue().values().forEach(e -> out.append(cell(e[0], null, e[1])));
            out.append("</row>");
        }

        /** The row's cells from {@code from} to {@code to}, with the edits merged in column order. */
        private void putInRow(StringBuilder out, int from, int to, java.util.TreeMap<Integer, String[]> edits) {
            int q = from;
            for (int c = xml.indexOf("<c ", q); c >= 0 && c < to; c = xml.indexOf("<c ", q)) {
                int tagEnd = xml.indexOf('>', c);
                String tag = xml.substring(c, tagEnd + 1);
                int column = CellSpec.columnIndex(REF.matcher(attribute(tag, "r")).replaceAll("$1"));
                int end = tag.endsWith("/>") ? tagEnd + 1 : xml.indexOf("</c>", tagEnd) + "</c>".length();
                out.append(xml, q, c);
                while (!edits.isEmpty() && edits.firstKey() < column) {
                    String[] e = edits.pollFirstEntry().getValue();
                    out.append(cell(e[0], null, e[1]));
                }
                String[] e = edits.remove(column);
                if (e == null) {
                    out.append(xml, c, end);
                } else {
                    out.append(cell(e[0], attribute(tag, "s"), e[1]));
                }
                q = end;
            }
            out.append(xml, q, to);
            edits.values().forEach(e -> out.append(cell(e[0], null, e[1])));
        }

        private static String cell(String ref, String style, String rest) {
            String head = "<c r=\"" + ref + "\"" + (style == null ? "" : " s=\"" + style + "\"");
            return rest == null ? head + "/>" : head + " " + rest;
        }

        /**
         * Recomputes the cached result of every formula of the sheet, as POI's evaluator does: each must be a
         * SUM of cells and ranges of this sheet. {@code typed}: the numbers just typed (null for a text or a
         * blank). False when a formula is of another kind.
         */
        boolean recalculate(Map<String, Double> typed) {
            if (!xml.contains("<f")) {
                return true;
            }
            Map<String, String> formulas = new LinkedHashMap<>();
            Map<String, Double> numbers = new HashMap<>();
            // cell by cell by search, not by a pattern: a lazy match per cell was the fill's largest cost
            String open = "<c r=\"";
            for (int c = xml.indexOf(open), next; c >= 0; c = xml.indexOf(open, next)) {
                int tagEnd = xml.indexOf('>', c);
                if (tagEnd < 0) {
                    break;
                }
                next = tagEnd + 1;
                if (xml.charAt(tagEnd - 1) == '/') {
                    continue; // an empty cell
                }
                int close = xml.indexOf("</c>", tagEnd);
                if (close < 0) {
                    break;
                }
                next = close + "</c>".length();
                String ref = xml.substring(c + open.length(), xml.indexOf('"', c + open.length()));
                String tag = xml.substring(c, tagEnd + 1);
                String body = xml.substring(tagEnd + 1, close);
                int f = body.indexOf("<f>");
                if (f >= 0) {
                    formulas.put(ref, body.substring(f + 3, body.indexOf("</f>")));
                } else if (body.contains("<f ") || body.contains("<f/>")) {
                    return false; // a shared or array formula: POI's writer is not imitated for those
                } else if (attribute(tag, "t") == null || "n".equals(attribute(tag, "t"))) {
                    int v = body.indexOf("<v>");
                    if (v >= 0) {
                        numbers.put(ref, Double.valueOf(body.substring(v + 3, body.indexOf("</v>"))));
                    }
                }
            }
            numbers.putAll(typed);
            Map<String, Double> results = new HashMap<>();
            for (String ref : formulas.keySet()) {
                if (evaluate(ref, formulas, numbers, results, 0) == null) {
                    return false;
                }
            }
            // each formula cell's cached result replaced, the sheet copied once (not once per formula)
            java.util.TreeMap<Integer, Map.Entry<String, Double>> byPlace = new java.util.TreeMap<>();
            for (Map.Entry<String, Double> r : results.entrySet()) {
                byPlace.put(xml.indexOf("<c r=\"" + r.getKey() + "\""), r);
            }
            StringBuilder out = new StringBuilder(xml.length() + 16 * results.size());
            int copied = 0;
            for (Map.Entry<Integer, Map.Entry<String, Double>> r : byPlace.entrySet()) {
                int p = r.getKey();
                int end = xml.indexOf("</c>", p);
                int v = xml.indexOf("<v>", p);
                out.append(xml, copied, v < 0 || v > end ? end : v).append("<v>").append(r.getValue().getValue())
                        .append("</v>");
                copied = end;
            }
            xml = out.append(xml, copied, xml.length()).toString();
            return true;
        }

        private static Double evaluate(String ref, Map<String, String> formulas, Map<String, Double> numbers,
                                       Map<String, Double> results, int depth) {
            if (results.containsKey(ref)) {
                return results.get(ref);
            }
            Matcher sum = SUM.matcher(formulas.get(ref));
            if (depth > 64 || !sum.matches()) {
                return null;
            }
            double total = 0;
            for (String argument : sum.group(1).split(",")) {
                String[] ends = argument.split(":");
                Matcher a = REF.matcher(ends[0]);
                Matcher b = REF.matcher(ends[ends.length - 1]);
                a.matches();
                b.matches();
                int firstRow = Integer.parseInt(a.group(2));
                int lastRow = Integer.parseInt(b.group(2));
                int firstColumn = CellSpec.columnIndex(a.group(1));
                int lastColumn = CellSpec.columnIndex(b.group(1));
                for (int row = firstRow; row <= lastRow; row++) {
                    for (int col = firstColumn; col <= lastColumn; col++) {
                        String cell = CellSpec.columnName(col) + row;
                        Double value;
                        if (formulas.containsKey(cell)) {
                            value = evaluate(cell, formulas, numbers, results, depth + 1);
                            if (value == null) {
                                return null;
                            }
                        } else {
                            value = numbers.get(cell);
                        }
                        if (value != null) {
                            total += value;
                        }
                    }
                }
            }
            results.put(ref, total);
            return total;
        }

        /**
         * The value of attribute {@code name} of an element's start tag, or null. By search, not by a pattern:
         * it is asked of every cell and row the fill passes. A value holds no quote, so {@code name="} after a
         * blank is the attribute itself.
         */
        static String attribute(String tag, String name) {
            String head = name + "=\"";
            for (int at = tag.indexOf(head); at >= 0; at = tag.indexOf(head, at + 1)) {
                if (at > 0 && isBlank(tag.charAt(at - 1))) {
                    int from = at + head.length();
                    int to = tag.indexOf('"', from);
                    return to < 0 ? null : tag.substring(from, to);
                }
            }
            return null;
        }

        /** What {@code \s} matches in a pattern. */
        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        }
    }
}
