package org.shuangbai.intake;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.shuangbai.text.Messages;

/**
 * An .ods read in one SAX pass over its content.xml (the package was size- and DTD-checked by
 * {@link FileSniffer}). Hidden sheets (the identity sheet) are read like any other.
 *
 * <p>Read here rather than with a general ODS library because intake needs what such a library hides
 * or guesses: where each cell is, so that a link or formula pointing outside the file, or a value
 * that cannot be resolved exactly (an unknown value type, a number that is not a finite number, an
 * impossible date, content pushed beyond the last row or column), is named by sheet and cell; and no
 * guessing (a float with an unreadable value shown as its display text, repeats past a size quietly
 * dropped, which moves the cells after them). Cells are kept as runs, as the file repeats them, so a
 * repeat count costs nothing.
 *
 * <p>A cell's text: its paragraphs joined by line breaks, {@code <text:s>}, {@code <text:tab>} and
 * {@code <text:line-break>} as the characters they stand for, character data as written; annotations,
 * notes and shapes are not the cell's text.
 */
final class OdsWorkbook implements ReturnedWorkbook {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final long MAX_ROWS = 1_048_576;
    private static final long MAX_COLUMNS = 16_384;
    private static final Pattern COUNT = Pattern.compile("[1-9][0-9]{0,9}");
    /** A reference into another file inside a formula or a range address: ['file:///…'#$Sheet1.A1]. */
    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile("(?i)['\\[](?:file|https?|ftps?|smb|sftp):");
    /** In a cell formula, also any address and the functions that reach outside (as for .xlsx). */
    private static final Pattern OUTSIDE_FORMULA = Pattern.compile(
            "(?i)(?:file|https?|ftps?|smb|sftp):|\\b(?:HYPERLINK|WEBSERVICE|FILTERXML|RTD|DDE|CALL|REGISTER(?:\\.ID)?)\\s*\\(");
    /** An address that leaves the package: with a scheme, absolute, or up out of it. */
    private static final Pattern OUTSIDE_HREF = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|[/\\\\]|\\.\\./|\\.\\.\\\\)");

    private final List<String> sheetNames;
    private final Map<String, List<RowRun>> sheets;
    private final List<OutsideLink> outsideLinks;
    private final List<Problem> unreadable;

    private OdsWorkbook(Content content) {
        this.sheetNames = List.copyOf(content.names);
        this.sheets = content.sheets;
        this.outsideLinks = List.copyOf(content.links);
        this.unreadable = content.unreadable.problems();
    }

    static OdsWorkbook open(Path path, IntakeLimits limits) throws FileRejection {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null) {
                try (InputStream in = zip.getInputStream(manifest)) {
                    if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data")) {
                        throw FileSniffer.encrypted();
                    }
                }
            }
            ZipEntry entry = zip.getEntry("content.xml");
            if (entry == null) {
                throw new IllegalArgumentException("no content.xml");
            }
            Content content = new Content(limits.maxCellChars() + 1);
            try (InputStream in = zip.getInputStream(entry)) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(content);
                xml.parse(new InputSource(in));
            }
            return new OdsWorkbook(content);
        } catch (FileRejection e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new FileRejection(Messages.text("intake.file.malformed", "error", e.getClass().getSimpleName()),
                    FileSniffer.todoResave());
        }
    }

    /** Rows [first, first + count) holding the same cells. */
    private record RowRun(long first, long count, List<CellRun> cells) {
    }

    /** Columns [first, first + count) holding the same content. */
    private record CellRun(long first, long count, CellContent content) {
    }

    @Override
    public SpreadsheetType type() {
        return SpreadsheetType.ODS;
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public CellContent cell(String sheetName, int row, int column) {
        List<RowRun> rows = sheets.get(sheetName);
        if (rows == null) {
            return CellContent.BLANK;
        }
        int lo = 0;
        int hi = rows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            RowRun r = rows.get(mid);
            if (row < r.first()) {
                hi = mid - 1;
            } else if (row >= r.first() + r.count()) {
                lo = mid + 1;
            } else {
                for (CellRun c : r.cells()) {
                    if (column >= c.first() && column < c.first() + c.count()) {
                        return c.content();
                    }
                }
                return CellContent.BLANK;
            }
        }
        return CellContent.BLANK;
    }

    @Override
    public Map<String, String> customProperties() {
        return Map.of();
    }

    @Override
    public List<OutsideLink> outsideLinks() {
        return outsideLinks;
    }

    @Override
    public List<Problem> unreadableCells() {
        return unreadable;
    }

    @Override
    public void close() {
        // everything was read in open()
    }

    /** The SAX pass over content.xml. */
    private static final class Content extends DefaultHandler {
        final List<String> names = new ArrayList<>();
        final Map<String, List<RowRun>> sheets = new LinkedHashMap<>();
        final List<OutsideLink> links = new ArrayList<>();
        final UnreadableCells unreadable = new UnreadableCells();
        private final int maxChars;

        private int depth;
        private int tableDepth = -1;
        private int rowDepth = -1;
        private int cellDepth = -1;
        private int paragraphDepth = -1;
        private int skipDepth = -1;  // an element inside a paragraph whose text is not the cell's

        private String sheet;
        private List<RowRun> rows;
        private boolean lost;          // a bad repeat count: no later position of this sheet is certain
        private long row;              // first row of the current row element
        private long rowRepeat;
        private List<CellRun> rowCells;
        private long column;

        // the current cell
        private long cellRepeat;
        private Attributes cellAttributes;
        private StringBuilder cellText;
        private int paragraphs;
        private boolean badText;

        Content(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            depth++;
            scanForLinks(uri, local, a);
            if (paragraphDepth >= 0) {
                inParagraph(uri, local, a);
                return;
            }
            if (cellDepth >= 0) {
                if (depth == cellDepth + 1 && TEXT.equals(uri) && ("p".equals(local) || "h".equals(local))) {
                    startParagraph();
                }
                return;
            }
            if (!TABLE.equals(uri)) {
                return;
            }
            if (tableDepth < 0) {
                if ("table".equals(local)) {
                    startTable(a.getValue(TABLE, "name"));
                }
            } else if (rowDepth < 0) {
                if ("table-row".equals(local)) {
                    startRow(a.getValue(TABLE, "number-rows-repeated"));
                }
            } else if (depth == rowDepth + 1 && ("table-cell".equals(local) || "covered-table-cell".equals(local))) {
                startCell(a);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (depth == skipDepth) {
                skipDepth = -1;
            } else if (depth == paragraphDepth) {
                paragraphDepth = -1;
            } else if (depth == cellDepth) {
                endCell();
                cellDepth = -1;
            } else if (depth == rowDepth) {
                if (!rowCells.isEmpty()) {
                    rows.add(new RowRun(row, rowRepeat, List.copyOf(rowCells)));
                }
                row += rowRepeat;
                rowDepth = -1;
            } else if (depth == tableDepth) {
                tableDepth = -1;
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (paragraphDepth < 0 || skipDepth >= 0) {
                return;
            }
            // kept as written: LibreOffice writes runs of spaces in a cell as they are ("农  委") and means
            // them, although OpenDocument's text rules would collapse them
            append(ch, start, Math.min(length, maxChars + 1 - cellText.length()));
        }

        /** Appends up to the length any cell may have: a longer text is refused by length, its rest unneeded. */
        private void append(char[] ch, int start, int length) {
            if (length > 0) {
                cellText.append(ch, start, length);
            }
        }

        private void append(char c) {
            if (cellText.length() <= maxChars) {
                cellText.append(c);
            }
        }

        private void startTable(String name) {
            tableDepth = depth;
            sheet = name == null ? "" : name;
            if (names.stream().anyMatch(sheet::equalsIgnoreCase)) {
                unreadable.add(sheet, null, "intake.sheet.duplicate", "sheet", sheet);
            }
            names.add(sheet);
            rows = new ArrayList<>();
            sheets.putIfAbsent(sheet, rows);
            lost = false;
            row = 0;
        }

        private void startRow(String repeat) {
            rowDepth = depth;
            rowRepeat = count(repeat);
            rowCells = new ArrayList<>();
            column = 0;
        }

        /** A repeat count; 1 when absent; on a bad one, the sheet's later positions are lost. */
        private long count(String repeat) {
            if (repeat == null) {
                return 1;
            }
            if (!COUNT.matcher(repeat).matches()) {
                if (!lost) {
                    unreadable.add(sheet, null, "intake.sheet.badRepeat", "value", repeat);
                }
                lost = true;
                return 1;
            }
            return Long.parseLong(repeat);
        }

        private void startCell(Attributes a) {
            cellDepth = depth;
            cellRepeat = count(a.getValue(TABLE, "number-columns-repeated"));
            cellAttributes = new org.xml.sax.helpers.AttributesImpl(a);
            cellText = new StringBuilder();
            paragraphs = 0;
            badText = false;
        }

        private void startParagraph() {
            paragraphDepth = depth;
            if (paragraphs++ > 0) {
                append('\n'); // paragraphs are the cell's lines
            }
        }

        /** An element inside a paragraph: spaces, tabs and breaks written as elements; text that is not the cell's. */
        private void inParagraph(String uri, String local, Attributes a) {
            if (skipDepth >= 0) {
                return;
            }
            if (DRAW.equals(uri) || (OFFICE.equals(uri) && "annotation".equals(local))
                    || (TEXT.equals(uri) && ("note-body".equals(local) || "ruby-text".equals(local)))) {
                skipDepth = depth;
                return;
            }
            if (!TEXT.equals(uri)) {
                return;
            }
            switch (local) {
                case "s" -> {
                    String c = a.getValue(TEXT, "c");
                    if (c != null && !COUNT.matcher(c).matches()) {
                        badText = true;
                        return;
                    }
                    long n = c == null ? 1 : Math.min(Long.parseLong(c), maxChars + 1L);
                    for (long i = 0; i < n; i++) {
                        append(' ');
                    }
                }
                case "tab" -> append('\t');
                case "line-break" -> append('\n');
                default -> {
                    // spans, links, fields: their character data is the cell's text
                }
            }
        }

        private void endCell() {
            long cells = cellRepeat;
            long first = column;
            column += cells;
            if (lost) {
                return;
            }
            String at = first < MAX_COLUMNS && row < MAX_ROWS ? UnreadableCells.reference(row, (int) first) : null;
            CellContent content = content(at);
            if (content == null || content.type() == CellContent.Type.BLANK && !content.isFormula()) {
                return;
            }
            if (first + cells > MAX_COLUMNS || row + rowRepeat > MAX_ROWS) {
                unreadable.add(sheet, null, "intake.cell.outsideGrid", "ref",
                        UnreadableCells.reference(row, (int) Math.min(first, Integer.MAX_VALUE - 1)));
                return;
            }
            rowCells.add(new CellRun(first, cells, content));
        }

        /** The cell as the form reads it; null when listed as unreadable. */
        private CellContent content(String at) {
            Attributes a = cellAttributes;
            String formula = a.getValue(TABLE, "formula");
            if (formula != null) {
                // "of:=SUM([.G4:.G7])" is shown as "=SUM([.G4:.G7])"
                formula = formula.replaceFirst("^[a-z]+:", "").replaceFirst("^=", "");
            }
            if (badText) {
                unreadable.add(sheet, at, "intake.cell.textMalformed");
                return null;
            }
            String type = a.getValue(OFFICE, "value-type");
            if (type == null) {
                return paragraphs > 0 ? CellContent.text(cellText.toString(), formula)
                        : formula == null ? CellContent.BLANK : CellContent.text("", formula);
            }
            switch (type) {
                case "float", "percentage", "currency" -> {
                    String v = a.getValue(OFFICE, "value");
                    if (v == null) {
                        unreadable.add(sheet, at, "intake.cell.noValue", "type", type);
                        return null;
                    }
                    double d = StoredNumbers.value(v);
                    if (!Double.isFinite(d)) {
                        unreadable.add(sheet, at, "intake.cell.badNumber", "value", v);
                        return null;
                    }
                    return CellContent.number(BigDecimal.valueOf(d), false, formula);
                }
                case "date" -> {
                    String v = a.getValue(OFFICE, "date-value");
                    if (v == null) {
                        unreadable.add(sheet, at, "intake.cell.noValue", "type", type);
                        return null;
                    }
                    LocalDate d = date(v);
                    if (d == null) {
                        unreadable.add(sheet, at, "intake.cell.badDate", "value", v);
                        return null;
                    }
                    return CellContent.date(d, formula);
                }
                case "time" -> {
                    String v = a.getValue(OFFICE, "time-value");
                    if (v == null) {
                        unreadable.add(sheet, at, "intake.cell.noValue", "type", type);
                        return null;
                    }
                    try {
                        // a time of day is a fraction of a day, as a spreadsheet stores it
                        double days = Duration.parse(v).toNanos() / 86_400e9;
                        return CellContent.number(BigDecimal.valueOf(days), false, formula);
                    } catch (DateTimeParseException | ArithmeticException e) {
                        unreadable.add(sheet, at, "intake.cell.badTime", "value", v);
                        return null;
                    }
                }
                case "boolean" -> {
                    String v = a.getValue(OFFICE, "boolean-value");
                    if (v == null) {
                        unreadable.add(sheet, at, "intake.cell.noValue", "type", type);
                        return null;
                    }
                    boolean yes = "true".equals(v) || "1".equals(v);
                    if (!yes && !"false".equals(v) && !"0".equals(v)) {
                        unreadable.add(sheet, at, "intake.cell.badBoolean", "value", v);
                        return null;
                    }
                    return CellContent.of(CellContent.Type.BOOLEAN, yes ? "TRUE" : "FALSE", formula);
                }
                case "string" -> {
                    String v = a.getValue(OFFICE, "string-value");
                    return CellContent.text(v != null ? v : cellText.toString(), formula);
                }
                default -> {
                    unreadable.add(sheet, at, "intake.cell.unknownType", "type", type);
                    return null;
                }
            }
        }

        private static LocalDate date(String v) {
            try {
                return v.indexOf('T') >= 0 ? LocalDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /**
         * Links anywhere in content.xml, placed at the cell, sheet or file they are in: addresses that
         * leave the package (xlink:href), DDE, references into other files in formulas and range addresses.
         */
        private void scanForLinks(String uri, String local, Attributes a) {
            boolean dde = (OFFICE.equals(uri) && "dde-source".equals(local)) || (TABLE.equals(uri) && "dde-link".equals(local))
                    || (TEXT.equals(uri) && local.startsWith("dde-connection"));
            if (dde) {
                link("DDE " + java.util.Objects.toString(a.getValue(OFFICE, "dde-application"), ""), false);
            }
            for (int i = 0; i < a.getLength(); i++) {
                String value = a.getValue(i);
                if (XLINK.equals(a.getURI(i)) && "href".equals(a.getLocalName(i))) {
                    if (OUTSIDE_HREF.matcher(value).find()) {
                        link(value, TEXT.equals(uri) && "a".equals(local) || DRAW.equals(uri) && "a".equals(local));
                    }
                } else if (TABLE.equals(uri) && ("table-cell".equals(local) || "covered-table-cell".equals(local))
                        && TABLE.equals(a.getURI(i)) && "formula".equals(a.getLocalName(i))) {
                    if (OUTSIDE_FORMULA.matcher(value).find()) {
                        links.add(new OutsideLink(sheet, rowDepth >= 0 && cellDepth < 0 ? here() : null,
                                "=" + value.replaceFirst("^[a-z]+:", "").replaceFirst("^=", ""), false));
                    }
                } else if (OUTSIDE_REFERENCE.matcher(value).find()) {
                    link(value, false);
                }
            }
        }

        /** The cell whose start tag is being read (the formula attribute is on it). */
        private String here() {
            return column < MAX_COLUMNS && row < MAX_ROWS ? UnreadableCells.reference(row, (int) column) : null;
        }

        private void link(String target, boolean hyperlink) {
            String cell = cellDepth >= 0 && column < MAX_COLUMNS && row < MAX_ROWS
                    ? UnreadableCells.reference(row, (int) column) : null;
            links.add(new OutsideLink(tableDepth >= 0 ? sheet : null, cell, target, hyperlink));
        }
    }
}
