package org.shuangbai.tables;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.shuangbai.text.Messages;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Reads the rows of a raw file one at a time and hands each to a {@link Sink}; nothing but the current
 * row is held (for .xlsx also the shared strings table). CSV goes through OpenCSV's {@code readNext}
 * with the RFC 4180 parser (a backslash is an ordinary character) in the recognised encoding; .xlsx
 * through one SAX pass over the first sheet (POI's secure XML reader: no DTD, no entities).
 */
public final class RawRows {
    /** Receives the rows; may refuse the whole file (a header that matches nothing) by throwing. */
    @FunctionalInterface
    public interface Sink {
        void row(RawRow row) throws RawFileRefused;
    }

    /** What was read: for .xlsx the sheet and the sheets left unread (only the first sheet is read). */
    public record Read(String sheet, List<String> otherSheets) {
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private RawRows() {
    }

    public static Read read(RawFile file, ImportLimits limits, Sink sink) throws IOException, RawFileRefused {
        return file.format() == RawFormat.XLSX ? xlsx(file, sink) : csv(file, limits, sink);
    }

    // ---- CSV ----

    private static Read csv(RawFile file, ImportLimits limits, Sink sink) throws IOException, RawFileRefused {
        var decoder = file.encoding().charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file.path())) {
            if (file.encoding().kind() == TextEncoding.Kind.UTF8_BOM) {
                in.skipNBytes(3);
            }
            LineGuard guard = new LineGuard(new InputStreamReader(in, decoder), limits.maxLineChars());
            try (CSVReader csv = new CSVReaderBuilder(guard)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(file.separator()).build())
                    .withMultilineLimit(limits.maxRecordLines()).build()) {
                long before = 0;
                String[] record;
                while (true) {
                    try {
                        record = csv.readNext();
                    } catch (CsvMultilineLimitBrokenException e) {
                        throw new RawFileRefused(Messages.text("imports.csv.unclosedQuote", "line", before + 1,
                                "lines", limits.maxRecordLines()), Messages.text("imports.todo.fixQuote"));
                    } catch (CsvValidationException e) {
                        throw new RawFileRefused(Messages.text("imports.csv.broken", "line", before + 1,
                                "error", e.getMessage()), Messages.text("imports.todo.export"));
                    } catch (LineGuard.TooLong e) {
                        throw new RawFileRefused(Messages.text("imports.csv.lineTooLong", "line", e.line,
                                "limit", limits.maxLineChars()), Messages.text("imports.todo.export"));
                    }
                    if (record == null) {
                        break;
                    }
                    long line = before + 1;
                    before = csv.getLinesRead();
                    sink.row(new RawRow(line, record, null));
                }
            }
        }
        return new Read(null, List.of());
    }

    /** Refuses a physical line longer than the limit before OpenCSV buffers it whole. */
    private static final class LineGuard extends FilterReader {
        static final class TooLong extends IOException {
            final long line;

            TooLong(long line) {
                super("line " + line + " too long");
                this.line = line;
            }
        }

        private final int max;
        private int length;
        private long line = 1;

        LineGuard(Reader in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            for (int i = 0; i < n; i++) {
                count(cbuf[off + i]);
            }
            return n;
        }

        private void count(char c) throws TooLong {
            if (c == '\n') {
                line++;
                length = 0;
            } else if (++length > max) {
                throw new TooLong(line);
            }
        }
    }

    // ---- XLSX ----

    private static Read xlsx(RawFile file, Sink sink) throws IOException, RawFileRefused {
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            boolean date1904;
            try (InputStream wb = reader.getWorkbookData()) {
                date1904 = DATE1904.matcher(new String(wb.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).find();
            }
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new RawFileRefused(Messages.text("imports.xlsx.noSheet"), Messages.text("imports.todo.export"));
            }
            String first;
            try (InputStream sheet = sheets.next()) {
                first = sheets.getSheetName();
                XMLReader xml = XMLHelper.newXMLReader();
                SheetHandler handler = new SheetHandler(strings, styles, date1904, sink);
                xml.setContentHandler(handler);
                try {
                    xml.parse(new InputSource(sheet));
                } catch (SAXException e) {
                    if (e.getException() instanceof RawFileRefused refused) {
                        throw refused;
                    }
                    throw new RawFileRefused(Messages.text("imports.xlsx.broken", "sheet", first, "row", handler.row,
                            "error", e.getMessage()), Messages.text("imports.todo.resaveXlsx"));
                }
            }
            List<String> others = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    others.add(sheets.getSheetName());
                }
            }
            return new Read(first, others);
        } catch (OpenXML4JException | ParserConfigurationException | SAXException e) {
            throw new RawFileRefused(Messages.text("imports.xlsx.unreadable", "error", e.getMessage()),
                    Messages.text("imports.todo.resaveXlsx"));
        } catch (RuntimeException e) {
            // POI's own checks (a zip bomb's inflate ratio, a damaged part) end here
            throw new RawFileRefused(Messages.text("imports.xlsx.unreadable", "error", e.getMessage()),
                    Messages.text("imports.todo.resaveXlsx"));
        }
    }

    private static final Pattern DATE1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");

    /** One SAX pass over a sheet's XML: cells become texts, rows are handed on as they close. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Sink sink;
        private final StringBuilder text = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private final List<Boolean> formulas = new ArrayList<>();
        long row;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean hasFormula;
        private boolean anyFormula;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, Sink sink) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? row + 1 : Long.parseLong(r);
                    cells.clear();
                    formulas.clear();
                    anyFormula = false;
                    column = 0;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    if (r != null) {
                        column = columnOf(r);
                    }
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    hasFormula = false;
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "f" -> hasFormula = true;
                default -> {
                    // other elements carry nothing read here
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                        formulas.add(false);
                    }
                    cells.add(hasFormula ? "" : value(text.toString()));
                    formulas.add(hasFormula);
                    anyFormula |= hasFormula;
                    column++;
                }
                case "row" -> {
                    boolean[] f = null;
                    if (anyFormula) {
                        f = new boolean[formulas.size()];
                        for (int i = 0; i < f.length; i++) {
                            f[i] = formulas.get(i);
                        }
                    }
                    try {
                        sink.row(new RawRow(row, cells.toArray(String[]::new), f));
                    } catch (RawFileRefused e) {
                        throw new SAXException(e);
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }

        private String value(String raw) {
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                XSSFCellStyle s = style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
                if (s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())) {
                    double serial = Double.parseDouble(raw);
                    if (DateUtil.isValidExcelDate(serial)) {
                        LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904, true);
                        return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
                    }
                }
                try {
                    return new BigDecimal(raw).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return switch (type) {
                case "s" -> {
                    int index = Integer.parseInt(raw.trim());
                    yield index >= 0 && index < strings.getCount() ? strings.getItemAt(index).getString() : "";
                }
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw; // inlineStr, str, e: the text as written
            };
        }

        private static int columnOf(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                } else {
                    break;
                }
            }
            return Math.max(0, c - 1);
        }
    }

    /** Exposed for tests: the cells of a row as a list. */
    static List<String> cells(RawRow row) {
        return Arrays.asList(row.cells());
    }
}
