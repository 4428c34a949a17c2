package org.shuangbai.intake;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx read in one streaming pass over each part (POI's event API and a SAX parser with
 * external entities off), keeping only the cells' values: building POI's full usermodel of every
 * sheet was two thirds of the time intake spent on a file (issue 7).
 *
 * <p>It gives exactly what {@link PoiWorkbook} gives for the same file. Where that would take
 * POI's formula machinery (shared or array formulas, which the generated forms never hold but a
 * spreadsheet program may write) or the file is anything but plain, {@link #open} answers null and
 * the caller reads the file with {@link PoiWorkbook} instead, so odd files get the same verdict
 * and message as before.
 */
final class XlsxStreamWorkbook implements ReturnedWorkbook {
    private static final String EXTERNAL_LINK_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink";
    private static final String CUSTOM_PROPERTIES_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";

    private final List<String> sheetNames;
    private final Map<String, Map<Long, CellContent>> cells;
    private final Map<String, String> customProperties;
    private final List<OutsideLink> outsideLinks;
    private final boolean date1904;

    private XlsxStreamWorkbook(List<String> sheetNames, Map<String, Map<Long, CellContent>> cells,
                               Map<String, String> customProperties, List<OutsideLink> outsideLinks, boolean date1904) {
        this.sheetNames = List.copyOf(sheetNames);
        this.cells = cells;
        this.customProperties = customProperties;
        this.outsideLinks = List.copyOf(outsideLinks);
        this.date1904 = date1904;
    }

    /** Signals a file the streaming pass leaves to the usermodel. */
    private static final class NotPlain extends Exception {
        NotPlain(String why) {
            super(why, null, false, false);
        }
    }

    /** The file read in one pass, or null when it must be read with {@link PoiWorkbook}. */
    static XlsxStreamWorkbook open(Path path, IntakeLimits limits) {
        PoiWorkbook.configure(limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            return null;
        }
        try {
            return read(pkg);
        } catch (Exception e) {
            // not plain (NotPlain), strict, encrypted or corrupt: the usermodel reads it or says what is
            // wrong, in the words users already get
            return null;
        } finally {
            pkg.revert();
        }
    }

    private static XlsxStreamWorkbook read(OPCPackage pkg) throws Exception {
        // Strict OOXML is refused here (POIXMLException), as the usermodel refuses it: its namespaces
        // differ, and a relationship attribute read in the transitional one would be missed.
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = date1904(reader);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        if (styles == null) {
            throw new NotPlain("no styles part");
        }
        List<String> names = new ArrayList<>();
        Map<String, Map<Long, CellContent>> cells = new HashMap<>();
        List<OutsideLink> links = new ArrayList<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            SheetHandler handler;
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                handler = new SheetHandler(name, strings, styles);
                parse(in, handler);
                names.add(name);
                cells.put(name, handler.cells);
                PackagePart part = sheets.getSheetPart();
                for (String[] link : handler.hyperlinks) {
                    PackageRelationship rel = part.getRelationship(link[1]);
                    if (rel == null) {
                        throw new NotPlain("hyperlink without its relationship");
                    }
                    links.add(new OutsideLink(name, link[0], String.valueOf(rel.getTargetURI()), true));
                }
                links.addAll(handler.formulaLinks);
            }
        }
        if (links.stream().noneMatch(l -> !l.hyperlink())) {
            links.addAll(externalLinks(pkg));
        }
        return new XlsxStreamWorkbook(names, cells, customProperties(pkg), links, date1904);
    }

    private static void parse(InputStream in, DefaultHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    private static boolean date1904(XSSFReader reader) throws Exception {
        Boolean[] found = {null};
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if ("workbookPr".equals(local) && found[0] == null) { // the first, as the usermodel reads it
                        String v = a.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equals(v);
                    }
                }
            });
        }
        return Boolean.TRUE.equals(found[0]);
    }

    /** Links kept only in the package (defined names, charts): the linked file each names. */
    private static List<OutsideLink> externalLinks(OPCPackage pkg) throws Exception {
        List<OutsideLink> out = new ArrayList<>();
        PackageRelationship workbookRel = pkg.getRelationshipsByType(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument").getRelationship(0);
        PackagePart workbook = pkg.getPart(workbookRel);
        for (PackageRelationship rel : workbook.getRelationshipsByType(EXTERNAL_LINK_REL)) {
            PackagePart link = pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
            String target = "外部链接";
            if (link != null) {
                PackageRelationshipCollection paths = link.getRelationships();
                if (paths.size() > 0) {
                    target = paths.getRelationship(0).getTargetURI().toString();
                }
            }
            out.add(new OutsideLink(null, null, target, false));
        }
        return out;
    }

    private static Map<String, String> customProperties(OPCPackage pkg) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(CUSTOM_PROPERTIES_REL);
            if (rels.size() == 0) {
                return out;
            }
            PackagePart part = pkg.getPart(rels.getRelationship(0));
            try (InputStream in = part.getInputStream()) {
                parse(in, new DefaultHandler() {
                    private String name;
                    private StringBuilder text;

                    @Override
                    public void startElement(String uri, String local, String qName, Attributes a) {
                        if ("property".equals(local)) {
                            name = a.getValue("name");
                        } else if (name != null
                                && ("lpwstr".equals(local) || "lpstr".equals(local) || "i4".equals(local))) {
                            // a repeated name keeps its last value, as in the usermodel
                            text = new StringBuilder();
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (text != null) {
                            text.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String qName) {
                        if (text != null && ("lpwstr".equals(local) || "lpstr".equals(local) || "i4".equals(local))) {
                            String v = text.toString();
                            out.put(name, "i4".equals(local) ? Integer.toString(Integer.parseInt(v.trim())) : v);
                            text = null;
                        } else if ("property".equals(local)) {
                            name = null;
                        }
                    }
                });
            }
        } catch (Exception e) {
            out.clear(); // as the usermodel: unreadable properties count as absent
        }
        return out;
    }

    /** One worksheet's cells as POI's usermodel would show them, from its XML. */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        final Map<Long, CellContent> cells = new HashMap<>();
        final List<String[]> hyperlinks = new ArrayList<>();
        final List<OutsideLink> formulaLinks = new ArrayList<>();

        private String ref;
        private String type;
        private String style;
        private StringBuilder value;
        private StringBuilder formula;
        private StringBuilder inline;
        private int phonetic;
        private StringBuilder text;
        private int nextColumn;
        private int row = -1;

        SheetHandler(String sheet, ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    nextColumn = 0;
                }
                case "c" -> {
                    ref = a.getValue("r");
                    type = a.getValue("t");
                    style = a.getValue("s");
                    value = null;
                    formula = null;
                    inline = null;
                }
                case "v" -> text = value = new StringBuilder();
                case "f" -> {
                    String t = a.getValue("t");
                    if (t != null && !"normal".equals(t)) {
                        throw new SAXException(new NotPlain("shared or array formula"));
                    }
                    text = formula = new StringBuilder();
                }
                case "is" -> inline = new StringBuilder();
                case "rPh" -> phonetic++;
                case "t" -> {
                    if (inline != null && phonetic == 0) {
                        text = inline;
                    }
                }
                case "hyperlink" -> {
                    String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    if (id != null) {
                        CellRangeAddress range = CellRangeAddress.valueOf(a.getValue("ref"));
                        hyperlinks.add(new String[] {new CellReference(range.getFirstRow(), range.getFirstColumn())
                                .formatAsString(false), id});
                    }
                }
                default -> {
                    // other elements carry nothing intake reads
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v", "f", "t" -> text = null;
                case "rPh" -> phonetic--;
                case "c" -> cell();
                default -> {
                    // nothing to close
                }
            }
        }

        private void cell() throws SAXException {
            int column;
            int r = row;
            if (ref != null) {
                CellReference at = new CellReference(ref);
                column = at.getCol();
                r = at.getRow();
            } else {
                column = nextColumn;
            }
            nextColumn = column + 1;
            try {
                CellContent c = content(r, column);
                if (c != null) {
                    cells.put(key(r, column), c);
                }
            } catch (NotPlain e) {
                throw new SAXException(e);
            }
        }

        private CellContent content(int r, int column) throws NotPlain {
            String f = formula == null ? null : formula.toString();
            if (f != null && PoiWorkbook.OUTSIDE.matcher(f).find()) {
                formulaLinks.add(new OutsideLink(sheet, new CellReference(r, column).formatAsString(false), "=" + f,
                        false));
            }
            String v = value == null ? null : value.toString();
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    if (v == null) {
                        throw new NotPlain("shared string cell without an index");
                    }
                    int index;
                    try {
                        index = Integer.parseInt(v.trim());
                    } catch (NumberFormatException e) {
                        throw new NotPlain("bad shared string index");
                    }
                    if (index < 0 || index >= strings.getCount()) {
                        throw new NotPlain("shared string index out of range");
                    }
                    return CellContent.text(strings.getItemAt(index).getString(), f);
                }
                case "inlineStr" -> {
                    String shown = inline != null ? inline.toString() : v != null ? v : "";
                    return CellContent.text(decode(shown), f);
                }
                case "str" -> {
                    return CellContent.text(decode(v == null ? "" : v), f);
                }
                case "b" -> {
                    return CellContent.of(CellContent.Type.BOOLEAN, "1".equals(v) ? "TRUE" : "FALSE", f);
                }
                case "e" -> {
                    String error;
                    try {
                        error = FormulaError.forString(v).getString();
                    } catch (RuntimeException e) {
                        error = "#ERROR";
                    }
                    return CellContent.of(CellContent.Type.ERROR, error, f);
                }
                case "n" -> {
                    if (v == null && f == null) {
                        return null; // a styled empty cell: blank, as in the usermodel
                    }
                    double d;
                    try {
                        d = v == null || v.isEmpty() ? 0.0 : Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new NotPlain("number cell that is not a number");
                    }
                    return CellContent.number(BigDecimal.valueOf(d), dateFormatted(d), f);
                }
                default -> throw new NotPlain("unknown cell type " + t);
            }
        }

        /** As DateUtil.isCellDateFormatted: a valid serial in a date format. */
        private boolean dateFormatted(double d) throws NotPlain {
            if (!DateUtil.isValidExcelDate(d) || styles.getNumCellStyles() == 0) {
                return false;
            }
            int index = 0;
            if (style != null) {
                try {
                    index = Integer.parseInt(style.trim());
                } catch (NumberFormatException e) {
                    throw new NotPlain("bad style index");
                }
            }
            if (index < 0 || index >= styles.getNumCellStyles()) {
                throw new NotPlain("style index out of range");
            }
            ExcelNumberFormat format = ExcelNumberFormat.from(styles.getStyleAt(index));
            return format != null && DateUtil.isADateFormat(format);
        }

        /** _x000D_-style escapes, decoded the way the usermodel shows inline and formula strings. */
        private static String decode(String s) {
            return s.indexOf("_x") < 0 ? s : new XSSFRichTextString(s).getString();
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    @Override
    public SpreadsheetType type() {
        return SpreadsheetType.XLSX;
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public CellContent cell(String sheet, int row, int column) {
        Map<Long, CellContent> sheetCells = cells.get(sheet);
        if (sheetCells == null) {
            return CellContent.BLANK;
        }
        return sheetCells.getOrDefault(key(row, column), CellContent.BLANK);
    }

    @Override
    public Map<String, String> customProperties() {
        return customProperties;
    }

    @Override
    public List<OutsideLink> outsideLinks() {
        return outsideLinks;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void close() {
        // everything was read in open(); the package is already closed
    }
}
