package org.shuangbai.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * One table's .xlsx written straight into its zip, the same bytes as {@link TableFiles} got from POI's
 * streaming workbook (SXSSF) and {@code ReproducibleZip}: the same parts in the same order, each entry
 * at the same fixed time, the sheet's cells as inline strings and numbers escaped as SXSSF escapes
 * them. SXSSF wrote the cells to a temporary file, copied it into a zip, and the zip was inflated and
 * deflated again to fix its times: the values export of the demo (200,000 cells) spent most of its time
 * there. The parts around the cells are POI's, constants but for the sheet name, the ranges, the
 * column widths and the year. {@code TableFilesTest} compares both ways byte for byte.
 *
 * <p>It takes only what it writes as POI would ({@link #writes}); anything else goes through POI.
 */
final class TableXlsx {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String CONTENT_TYPES = STANDALONE
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
            + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
            + override("officedocument.extended-properties+xml", "/docProps/app.xml")
            + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
            + override("officedocument.spreadsheetml.sharedStrings+xml", "/xl/sharedStrings.xml")
            + override("officedocument.spreadsheetml.styles+xml", "/xl/styles.xml")
            + override("officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml")
            + override("officedocument.spreadsheetml.worksheet+xml", "/xl/worksheets/sheet1.xml")
            + "</Types>";
    private static final String PACKAGE_RELATIONSHIPS = STANDALONE
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationship("rId1", "xl/workbook.xml", RELATIONSHIP + "/officeDocument")
            + relationship("rId2", "docProps/app.xml", RELATIONSHIP + "/extended-properties")
            + relationship("rId3", "docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
            + "</Relationships>";
    private static final String APP = DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Apache POI</Application></Properties>";
    private static final String SHARED_STRINGS = DECLARATION
            + "<sst count=\"0\" uniqueCount=\"0\" xmlns=\"" + MAIN + "\"/>";
    /** The default font, and the header's bold one (style 1). */
    private static final String STYLES = DECLARATION
            + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"0\"/><fonts count=\"2\"><font><sz val=\"11.0\"/>"
            + "<color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "<font><name val=\"Calibri\"/><sz val=\"11.0\"/><b val=\"true\"/></font></fonts><fills count=\"2\">"
            + "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\"/></cellXfs></styleSheet>";
    private static final String WORKBOOK_RELATIONSHIPS = STANDALONE
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationship("rId1", "sharedStrings.xml", RELATIONSHIP + "/sharedStrings")
            + relationship("rId2", "styles.xml", RELATIONSHIP + "/styles")
            + relationship("rId3", "worksheets/sheet1.xml", RELATIONSHIP + "/worksheet")
            + "</Relationships>";
    /** The header row frozen. */
    private static final String SHEET_VIEWS = "<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"true\">"
            + "<pane ySplit=\"1.0\" state=\"frozen\" topLeftCell=\"A2\" activePane=\"bottomLeft\"/>"
            + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>";
    private static final String PAGE_MARGINS =
            "<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>";
    private static final int MAX_WIDTH = 255;

    private TableXlsx() {
    }

    /**
     * Whether {@link #write} writes this table as POI would: a sheet name POI accepts and XML takes as it
     * is, a header of texts, column widths POI accepts, a four-digit year, and numbers within a double's
     * range (POI makes an infinite one an error cell).
     */
    static boolean writes(String sheetName, List<String> header, List<List<Object>> rows, int[] widths, int fixedYear) {
        try {
            WorkbookUtil.validateSheetName(sheetName);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (int i = 0; i < sheetName.length(); i++) {
            char c = sheetName.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || Character.isSurrogate(c) || c >= '\uFFFE') {
                return false;
            }
        }
        for (int w : widths) {
            if (w < 0 || w > MAX_WIDTH) {
                return false;
            }
        }
        int columns = SpreadsheetVersion.EXCEL2007.getMaxColumns();
        if (header.size() > columns || rows.size() >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            return false;
        }
        for (List<Object> row : rows) {
            if (row.size() > columns) {
                return false;
            }
            for (Object v : row) {
                if (v instanceof BigDecimal d && Double.isInfinite(d.doubleValue())) {
                    return false;
                }
            }
        }
        return !header.isEmpty() && header.stream().noneMatch(java.util.Objects::isNull) && fixedYear >= 1980 && fixedYear <= 9999;
    }

    /** The table as an .xlsx into {@code out}, which is closed. Only for what {@link #writes} takes. */
    static void write(OutputStream out, String sheetName, List<String> header, List<List<Object>> rows, int[] widths,
                      int fixedYear) throws IOException {
        var time = LocalDate.of(fixedYear, 1, 1).atStartOfDay();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16)) {
            Parts parts = new Parts(zip, w, time);
            parts.part("[Content_Types].xml", CONTENT_TYPES);
            parts.part("_rels/.rels", PACKAGE_RELATIONSHIPS);
            parts.part("docProps/app.xml", APP);
            String date = fixedYear + "-01-01T00:00:00Z";
            parts.part("docProps/core.xml", STANDALONE + "<cp:coreProperties"
                    + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                    + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                    + "<dc:creator>shuangbai</dc:creator>"
                    + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified></cp:coreProperties>");
            parts.part("xl/sharedStrings.xml", SHARED_STRINGS);
            parts.part("xl/styles.xml", STYLES);
            // the header's columns, down to the last row: the range of the filter, which POI names too
            String filter = rows.isEmpty() ? null
                    : new CellReference(sheetName, 0, 0, true, true).formatAsString() + ":"
                    + new CellReference(null, rows.size(), header.size() - 1, true, true).formatAsString();
            parts.part("xl/workbook.xml", DECLARATION + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIP + "\">"
                    + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
                    + "<sheets><sheet name=\"" + sheetName + "\" r:id=\"rId3\" sheetId=\"1\"/></sheets>"
                    + (filter == null ? "" : "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\""
                    + " hidden=\"true\">" + filter.replace("&", "&amp;").replace("<", "&lt;") + "</definedName></definedNames>")
                    + "</workbook>");
            parts.part("xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
            parts.begin("xl/worksheets/sheet1.xml");
            sheet(w, header, rows, widths);
            parts.end();
        }
    }

    private static void sheet(Writer w, List<String> header, List<List<Object>> rows, int[] widths) throws IOException {
        int lastColumn = header.size() - 1;
        for (List<Object> row : rows) {
            for (int c = row.size() - 1; c > lastColumn; c--) {
                if (row.get(c) != null) {
                    lastColumn = c;
                    break;
                }
            }
        }
        w.write(DECLARATION);
        w.write("<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"");
        w.write(new CellRangeAddress(0, rows.size(), 0, lastColumn).formatAsString());
        w.write("\"/>");
        w.write(SHEET_VIEWS);
        if (widths.length > 0) {
            w.write("<cols>");
            for (int c = 0; c < widths.length; c++) {
                w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + (double) widths[c]
                        + "\" customWidth=\"true\"/>");
            }
            w.write("</cols>");
        }
        w.write("<sheetData>\n");
        Cells cells = new Cells(w, lastColumn + 1);
        cells.row(0);
        for (int c = 0; c < header.size(); c++) {
            cells.text(c, " s=\"1\"", header.get(c));
        }
        w.write("</row>\n");
        int r = 1;
        for (List<Object> row : rows) {
            cells.row(r++);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof BigDecimal d) {
                    cells.number(c, d.doubleValue());
                } else if (v != null) {
                    cells.text(c, "", SafeText.neutralise(v.toString()));
                }
            }
            w.write("</row>\n");
        }
        w.write("</sheetData>");
        if (!rows.isEmpty()) {
            w.write("<autoFilter ref=\"" + new CellRangeAddress(0, rows.size(), 0, header.size() - 1).formatAsString() + "\"/>");
        }
        w.write(PAGE_MARGINS);
        w.write("</worksheet>");
    }

    /** The cells of the sheet's rows, as SXSSF's SheetDataWriter writes them. */
    private static final class Cells {
        private final Writer w;
        private final String[] columns;
        private String rowNumber;

        Cells(Writer w, int columns) {
            this.w = w;
            this.columns = new String[columns];
            for (int c = 0; c < columns; c++) {
                this.columns[c] = CellReference.convertNumToColString(c);
            }
        }

        void row(int r) throws IOException {
            rowNumber = Integer.toString(r + 1);
            w.write("<row r=\"");
            w.write(rowNumber);
            w.write("\">\n");
        }

        private void begin(int c, String style) throws IOException {
            w.write("<c r=\"");
            w.write(columns[c]);
            w.write(rowNumber);
            w.write('"');
            w.write(style);
        }

        void text(int c, String style, String text) throws IOException {
            if (text.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
                // as POI refuses it when the cell is set
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "The maximum length of cell contents (text) is %d characters",
                        SpreadsheetVersion.EXCEL2007.getMaxTextLength()));
            }
            begin(c, style);
            w.write(" t=\"inlineStr\"><is><t");
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                w.write(" xml:space=\"preserve\"");
            }
            w.write('>');
            escaped(text);
            w.write("</t></is></c>");
        }

        void number(int c, double value) throws IOException {
            begin(c, "");
            w.write(" t=\"n\"><v>");
            w.write(Double.toString(value));
            w.write("</v></c>");
        }

        /** SheetDataWriter's escaping: markup and line ends as references, other control characters as '?'. */
        private void escaped(String s) throws IOException {
            int copied = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String r;
                if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00A0' && c < '\uFFFE') {
                    continue;
                }
                switch (c) {
                    case '<' -> r = "&lt;";
                    case '>' -> r = "&gt;";
                    case '&' -> r = "&amp;";
                    case '"' -> r = "&quot;";
                    case '\n' -> r = "&#xa;";
                    case '\r' -> r = "&#xd;";
                    case '\t' -> r = "&#x9;";
                    case '\u00A0' -> r = "&#xa0;";
                    default -> r = "?";
                }
                w.write(s, copied, i - copied);
                w.write(r);
                copied = i + 1;
            }
            w.write(s, copied, s.length() - copied);
        }
    }

    /** The zip's entries, each at the fixed time as ReproducibleZip sets it, written through one writer. */
    private static final class Parts {
        private final ZipOutputStream zip;
        private final Writer w;
        private final java.time.LocalDateTime time;

        Parts(ZipOutputStream zip, Writer w, java.time.LocalDateTime time) {
            this.zip = zip;
            this.w = w;
            this.time = time;
        }

        void part(String name, String xml) throws IOException {
            begin(name);
            w.write(xml);
            end();
        }

        void begin(String name) throws IOException {
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(time);
            zip.putNextEntry(e);
        }

        void end() throws IOException {
            w.flush();
            zip.closeEntry();
        }
    }

    private static String override(String type, String part) {
        return "<Override ContentType=\"application/vnd.openxmlformats-" + type + "\" PartName=\"" + part + "\"/>";
    }

    private static String relationship(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }
}
