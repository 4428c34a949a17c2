package org.shuangbai.forms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The package of a matrix workbook (an assessing body's: a few header rows, then one row per unit) written
 * from POI's build of a few of its rows: the rows below the header are written here, in POI's exact format,
 * for all of them. A body's workbook holds thousands of rows of two shapes (plain and banded), and building
 * each cell with XSSF's object model costs most of the time; writing the same XML directly does not.
 *
 * <p>The sample build ({@code sampled}: the layout with only some unit rows, carrying the full layout's
 * signature) supplies everything that does not depend on the rows: styles, the instruction and identity
 * sheets, header rows, protection, print setup, validations. What does depend on them is rewritten: each
 * matrix sheet's unit rows, its dimension and its validations' cell ranges, and the shared strings (their
 * items in the order POI adds them, their counts, and every sheet's references to them). Anything this
 * class does not recognise gives null, and the caller builds the workbook in full; {@link BodyPackages}
 * also compares the result with POI's own build before relying on it.
 */
final class RowExpansion {
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final Pattern SHARED_CELL = Pattern.compile("(<c [^>]*t=\"s\"[^>]*><v>)(\\d+)(</v>)");
    private static final Pattern COUNTS = Pattern.compile("count=\"\\d+\" uniqueCount=\"\\d+\"");
    private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"");
    private static final Pattern STYLED_CELL = Pattern.compile("<c r=\"([A-Z]+\\d+)\" s=\"(\\d+)\"");
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"([A-Z]+\\d+):([A-Z]+)(\\d+)\"/>");
    private static final Pattern SQREF = Pattern.compile(" sqref=\"[^\"]*\"");

    private RowExpansion() {
    }

    /**
     * The package of {@code full}, from the bytes POI wrote for {@code sampled} (the same layout with only
     * some rows at or below {@code firstRow} on the sheets after the first), or null when it cannot be
     * written this way.
     */
    static byte[] expand(FormLayout full, FormLayout sampled, byte[] sampledBytes, int firstRow, Deflater deflater) {
        try {
            return new Expansion(full, sampled, firstRow).write(sampledBytes, deflater);
        } catch (DataFormatException | XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static final class Expansion {
        private final FormLayout full;
        private final FormLayout sampled;
        private final int firstRow;
        private final Map<ByteBuffer, Integer> itemIndex = new HashMap<>();
        private final List<byte[]> items = new ArrayList<>();
        /** The shared-string item each cell of the full layout shows (-1 for cells showing none). */
        private int[] itemOfCell;

        Expansion(FormLayout full, FormLayout sampled, int firstRow) {
            this.full = full;
            this.sampled = sampled;
            this.firstRow = firstRow;
        }

        byte[] write(byte[] sampledBytes, Deflater deflater) throws DataFormatException, XMLStreamException {
            ZipParts.Container container = ZipParts.read(sampledBytes);
            if (container == null) {
                return null;
            }
            List<ZipParts.Part> parts = new ArrayList<>(container.parts());
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                index.put(parts.get(i).name(), i);
            }
            Map<String, String> partOfSheet = PackageXml.sheetParts(parts.get(index.get("xl/workbook.xml")).content(),
                    parts.get(index.get("xl/_rels/workbook.xml.rels")).content());
            List<String> expected = new ArrayList<>(full.sheets());
            expected.add(WorkbookGenerator.IDENTITY_SHEET);
            Integer sst = index.get(SHARED_STRINGS);
            if (!partOfSheet.keySet().equals(new java.util.HashSet<>(expected)) || !sampled.sheets().equals(full.sheets())
                    || sst == null) {
                return null; // a list sheet, or another package than expected
            }
            String sstXml = utf8(parts.get(sst).content());
            int[] remap = sharedStrings(sstXml);
            if (remap == null) {
                return null;
            }
            parts.set(sst, ZipParts.Part.of(SHARED_STRINGS, sharedStringsXml(sstXml), deflater));
            for (int s = 0; s < expected.size(); s++) {
                String sheet = expected.get(s);
                String part = partOfSheet.get(sheet);
                Integer p = index.get(part);
                if (p == null) {
                    return null;
                }
                String xml = utf8(parts.get(p).content());
                String written = s == 0 || s == expected.size() - 1 ? remapped(xml, remap) : matrix(sheet, xml, remap);
                if (written == null) {
                    return null;
                }
                parts.set(p, ZipParts.Part.of(part, written.getBytes(StandardCharsets.UTF_8), deflater));
            }
            return ZipParts.write(parts, container.dosTime());
        }

        /**
         * The shared strings of the full layout, as POI adds them (each distinct text once, the first time a
         * cell shows it: the visible sheets' labels in layout order, then the identity sheet's); returns the
         * new index of each item of the sampled build, or null.
         */
        private int[] sharedStrings(String sstXml) {
            List<CellSpec> cells = full.cells();
            itemOfCell = new int[cells.size()];
            for (int i = 0; i < itemOfCell.length; i++) {
                CellSpec c = cells.get(i);
                itemOfCell[i] = shared(c) ? add(XmlText.sharedString(c.text())) : -1;
                if (shared(c) && itemOfCell[i] < 0) {
                    return null;
                }
            }
            List<byte[]> sampledItems = new ArrayList<>();
            for (int at = sstXml.indexOf("<si>"); at >= 0; at = sstXml.indexOf("<si>", at + 1)) {
                int end = sstXml.indexOf("</si>", at);
                if (end < 0) {
                    return null;
                }
                sampledItems.add(sstXml.substring(at, end + "</si>".length()).getBytes(StandardCharsets.UTF_8));
            }
            int[] remap = new int[sampledItems.size()];
            for (int i = 0; i < remap.length; i++) {
                remap[i] = add(sampledItems.get(i));
            }
            return remap;
        }

        private static boolean shared(CellSpec c) {
            return c.role() == CellRole.LABEL && c.format() != CellFormat.NUMBER;
        }

        private int add(byte[] item) {
            if (item == null) {
                return -1;
            }
            return itemIndex.computeIfAbsent(ByteBuffer.wrap(item), k -> {
                items.add(item);
                return items.size() - 1;
            });
        }

        /** The sst part: the sampled one's declaration, counts raised by the cells added, all items. */
        private byte[] sharedStringsXml(String sstXml) {
            int first = sstXml.indexOf("<si>");
            int last = sstXml.lastIndexOf("</si>") + "</si>".length();
            long added = full.cells().stream().filter(Expansion::shared).count()
                    - sampled.cells().stream().filter(Expansion::shared).count();
            Matcher m = Pattern.compile("count=\"(\\d+)\"").matcher(sstXml.substring(0, first));
            if (!m.find()) {
                throw new IllegalStateException("no sst count");
            }
            long count = Long.parseLong(m.group(1)) + added;
            String head = COUNTS.matcher(sstXml.substring(0, first))
                    .replaceFirst("count=\"" + count + "\" uniqueCount=\"" + items.size() + "\"");
            ByteArrayBuilder out = new ByteArrayBuilder(items.size() * 48 + 256);
            out.add(head.getBytes(StandardCharsets.UTF_8));
            items.forEach(out::add);
            out.add(sstXml.substring(last).getBytes(StandardCharsets.UTF_8));
            return out.bytes();
        }

        /** A sheet whose rows stay as sampled, its shared-string references renumbered. */
        private static String remapped(String xml, int[] remap) {
            Matcher m = SHARED_CELL.matcher(xml);
            StringBuilder sb = new StringBuilder(xml.length() + 64);
            while (m.find()) {
                m.appendReplacement(sb, "");
                sb.append(m.group(1)).append(remap[Integer.parseInt(m.group(2))]).append(m.group(3));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        /** A matrix sheet: header rows as sampled, every unit row written here, dimension and validations widened. */
        private String matrix(String sheet, String xml, int[] remap) {
            int rowsStart = -1;
            Matcher rows = ROW.matcher(xml);
            while (rows.find()) {
                if (Integer.parseInt(rows.group(1)) > firstRow) {
                    rowsStart = rows.start();
                    break;
                }
            }
            int rowsEnd = xml.indexOf("</sheetData>");
            if (rowsStart < 0 || rowsEnd < rowsStart) {
                return null;
            }
            Map<CellFormat, Integer> styles = styles(sheet, xml.substring(rowsStart, rowsEnd));
            List<CellSpec> all = full.cells();
            List<CellSpec> cells = all.stream().filter(c -> c.sheet().equals(sheet)).toList();
            SheetFormat format = full.format(sheet).orElse(null);
            if (styles == null || format == null) {
                return null;
            }
            StringBuilder out = new StringBuilder(xml.length() + cells.size() * 40);
            int lastRow = -1;
            int lastColumn = -1;
            String header = remapped(xml.substring(0, rowsStart), remap);
            out.append(header);
            int row = -1;
            for (int i = 0; i < all.size(); i++) {
                CellSpec c = all.get(i);
                if (c.row() < firstRow || !c.sheet().equals(sheet)) {
                    continue;
                }
                Integer style = styles.get(c.format());
                if (style == null || c.row() < row) {
                    return null;
                }
                if (c.row() != row) {
                    if (row >= 0) {
                        out.append("</row>");
                    }
                    row = c.row();
                    out.append("<row r=\"").append(row + 1).append('"');
                    Float height = format.rowHeights().get(row);
                    if (height != null) {
                        out.append(" ht=\"").append(Double.toString(height)).append("\" customHeight=\"true\"");
                    }
                    out.append('>');
                }
                out.append("<c r=\"").append(c.ref()).append("\" s=\"").append(style).append('"');
                if (c.role() == CellRole.INPUT) {
                    out.append("/>");
                } else if (shared(c)) {
                    out.append(" t=\"s\"><v>").append(itemOfCell[i]).append("</v></c>");
                } else {
                    return null; // numbers and formulas are not written here
                }
                lastRow = row;
                lastColumn = Math.max(lastColumn, c.column());
            }
            if (row >= 0) {
                out.append("</row>");
            }
            String tail = validations(sheet, cells, xml.substring(rowsEnd));
            if (tail == null) {
                return null;
            }
            out.append(tail);
            Matcher d = DIMENSION.matcher(out);
            if (lastRow < 0 || !d.find()) {
                return null;
            }
            int column = Math.max(CellSpec.columnIndex(d.group(2)), lastColumn);
            int end = Math.max(Integer.parseInt(d.group(3)), lastRow + 1);
            out.replace(d.start(), d.end(), "<dimension ref=\"" + d.group(1) + ":" + CellSpec.columnName(column) + end
                    + "\"/>");
            return out.toString();
        }

        /** The style index POI gave each cell format in the sampled unit rows; null when one format had two. */
        private Map<CellFormat, Integer> styles(String sheet, String sampledRows) {
            Map<String, CellFormat> formatAt = new HashMap<>();
            sampled.cells().stream().filter(c -> c.sheet().equals(sheet) && c.row() >= firstRow)
                    .forEach(c -> formatAt.put(c.ref(), c.format()));
            Map<CellFormat, Integer> styles = new EnumMap<>(CellFormat.class);
            Matcher m = STYLED_CELL.matcher(sampledRows);
            while (m.find()) {
                CellFormat f = formatAt.get(m.group(1));
                int s = Integer.parseInt(m.group(2));
                if (f == null || styles.getOrDefault(f, s) != s) {
                    return null;
                }
                styles.put(f, s);
            }
            return styles;
        }

        /**
         * The rest of the sheet after its rows, each validation over the full layout's cells: one per
         * rule, in the order the rules first occur, as the generator adds them.
         */
        private String validations(String sheet, List<CellSpec> cells, String rest) {
            Map<InputRule, List<CellSpec>> byRule = byRule(cells);
            List<InputRule> sampledOrder = new ArrayList<>(byRule(sampled.cells().stream()
                    .filter(c -> c.sheet().equals(sheet)).toList()).keySet());
            if (!sampledOrder.isEmpty() || !byRule.isEmpty()) {
                if (sampledOrder.size() != byRule.size() || !byRule.keySet().containsAll(sampledOrder)) {
                    return null;
                }
            }
            if (byRule.isEmpty()) {
                return rest;
            }
            int open = rest.indexOf("<dataValidations ");
            int close = rest.indexOf("</dataValidations>");
            if (open < 0 || close < 0) {
                return null;
            }
            int body = rest.indexOf('>', open) + 1;
            Map<InputRule, String> element = new HashMap<>();
            int at = body;
            for (InputRule rule : sampledOrder) {
                int end = rest.indexOf("</dataValidation>", at);
                if (!rest.startsWith("<dataValidation ", at) || end < 0) {
                    return null;
                }
                end += "</dataValidation>".length();
                element.put(rule, rest.substring(at, end));
                at = end;
            }
            if (at != close) {
                return null;
            }
            StringBuilder out = new StringBuilder(rest.length() + cells.size() * 8);
            out.append(rest, 0, body);
            for (Map.Entry<InputRule, List<CellSpec>> e : byRule.entrySet()) {
                String sqref = java.util.Arrays.stream(WorkbookGenerator.ranges(e.getValue()).getCellRangeAddresses())
                        .map(CellRangeAddress::formatAsString).collect(Collectors.joining(" "));
                Matcher m = SQREF.matcher(element.get(e.getKey()));
                if (!m.find()) {
                    return null;
                }
                StringBuilder el = new StringBuilder(element.get(e.getKey()));
                el.replace(m.start(), m.end(), " sqref=\"" + sqref + "\"");
                out.append(el);
            }
            out.append(rest, close, rest.length());
            return out.toString();
        }

        /** The input cells by equal rule, as the generator groups them (rows share a target's rule object). */
        private static Map<InputRule, List<CellSpec>> byRule(List<CellSpec> cells) {
            Map<InputRule, List<CellSpec>> byRule = new LinkedHashMap<>();
            Map<InputRule, List<CellSpec>> byObject = new IdentityHashMap<>();
            for (CellSpec c : cells) {
                if (c.role() == CellRole.INPUT) {
                    List<CellSpec> list = byObject.get(c.rule());
                    if (list == null) {
                        list = byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>());
                        byObject.put(c.rule(), list);
                    }
                    list.add(c);
                }
            }
            return byRule;
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Concatenates byte arrays into one, sized once. */
    private static final class ByteArrayBuilder {
        private byte[] buffer;
        private int size;

        ByteArrayBuilder(int capacity) {
            buffer = new byte[capacity];
        }

        void add(byte[] bytes) {
            if (size + bytes.length > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes.length));
            }
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(buffer, size);
        }
    }
}
