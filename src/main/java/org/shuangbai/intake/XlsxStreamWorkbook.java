package org.shuangbai.intake;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.BitSet;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.text.Messages;

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
 *
 * <p>A cell whose content cannot be resolved exactly (a shared-string index outside the table, an
 * unknown type, a number that is not a finite number, a style that does not exist where it decides
 * between date and number, a reference that is malformed, outside the grid or outside its row, the
 * same cell or row twice, an order that leaves a cell's position in doubt) is never guessed: it is
 * listed in {@link #unreadableCells()} and refuses the file. The usermodel reader runs this same pass
 * ({@link #unreadableCells(OPCPackage)}) before it reads, so both readers refuse the same files naming
 * the same cells.
 */
final class XlsxStreamWorkbook implements ReturnedWorkbook {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE_DOCUMENT_REL = RELATIONSHIPS_NS + "/officeDocument";
    private static final String EXTERNAL_LINK_REL = RELATIONSHIPS_NS + "/externalLink";
    private static final String CUSTOM_PROPERTIES_REL = RELATIONSHIPS_NS + "/custom-properties";
    private static final String SHARED_STRINGS_REL = RELATIONSHIPS_NS + "/sharedStrings";
    private static final String STYLES_REL = RELATIONSHIPS_NS + "/styles";

    private final List<String> sheetNames;
    private final Map<String, SheetCells> cells;
    private final Map<String, String> customProperties;
    private final List<OutsideLink> outsideLinks;
    private final boolean date1904;
    private final List<Problem> unreadable;

    private XlsxStreamWorkbook(List<String> sheetNames, Map<String, SheetCells> cells,
                               Map<String, String> customProperties, List<OutsideLink> outsideLinks, boolean date1904,
                               List<Problem> unreadable) {
        this.sheetNames = List.copyOf(sheetNames);
        this.cells = cells;
        this.customProperties = customProperties;
        this.outsideLinks = List.copyOf(outsideLinks);
        this.date1904 = date1904;
        this.unreadable = unreadable;
    }

    /** Signals a file the streaming pass leaves to the usermodel. */
    private static final class NotPlain extends Exception {
        NotPlain(String why) {
            super(why, null, false, false);
        }
    }

    /** Wraps {@link NotPlain} for a SAX handler to throw. */
    static SAXException notPlain(String why) {
        return new SAXException(new NotPlain(why));
    }

    /** The cell styles as far as a number's reading needs them: how many, and each one's number format. */
    interface CellStyles {
        int count();

        ExcelNumberFormat format(int style);

        /** POI's own reading, for the pass before the usermodel (which reads the styles this way too). */
        static CellStyles of(StylesTable table) {
            return new CellStyles() {
                @Override
                public int count() {
                    return table.getNumCellStyles();
                }

                @Override
                public ExcelNumberFormat format(int style) {
                    return ExcelNumberFormat.from(table.getStyleAt(style));
                }
            };
        }
    }

    /** The file read in one pass, or null when it must be read with {@link PoiWorkbook}. */
    static XlsxStreamWorkbook open(Path path, IntakeLimits limits) {
        return open(path, limits, new XlsxPackageShapes());
    }

    /**
     * The file read in one pass, or null when it must be read with {@link PoiWorkbook}. A package shaped
     * exactly like one POI's package reader already accepted (see {@link XlsxPackageShapes}) is read
     * straight from the zip: that reader's DOM parses of the content types, relationships and core
     * properties were a fifth of the time a returned form took.
     */
    static XlsxStreamWorkbook open(Path path, IntakeLimits limits, XlsxPackageShapes shapes) {
        PoiWorkbook.configure(limits);
        try (XlsxPackageShapes.Zip zip = shapes.zip(path)) {
            PackageMap known = zip == null ? null : zip.match();
            if (known != null) {
                try {
                    return read(known, zip::open, true);
                } catch (Exception e) {
                    return null; // as below: the same part failed to parse, the usermodel says what is wrong
                }
            }
            return openPackage(path, zip);
        }
    }

    private static XlsxStreamWorkbook openPackage(Path path, XlsxPackageShapes.Zip zip) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            return null;
        }
        try {
            Map<String, PackagePart> parts = new HashMap<>();
            PackageMap map = PackageMap.of(pkg, parts);
            XlsxStreamWorkbook book = read(map, new PackageParts(parts), true);
            if (zip != null) {
                zip.learn(pkg, map);
            }
            return book;
        } catch (Exception e) {
            // not plain (NotPlain), strict, encrypted or corrupt: the usermodel reads it or says what is
            // wrong, in the words users already get
            return null;
        } finally {
            pkg.revert();
        }
    }

    /**
     * The cells of a package that cannot be resolved exactly, by the same pass as {@link #open} (which
     * here tolerates what only the usermodel can read: shared and array formulas, a missing styles part).
     */
    static List<Problem> unreadableCells(OPCPackage pkg) throws Exception {
        Map<String, PackagePart> parts = new HashMap<>();
        PackageMap map = PackageMap.of(pkg, parts);
        return read(map, new PackageParts(parts), false).unreadable;
    }

    /** A package's parts by their zip entries' names. */
    interface Parts {
        InputStream open(String entry) throws Exception;

        /** POI's full reading of a styles part, which only the pass before the usermodel takes. */
        default CellStyles styles(String entry) throws Exception {
            throw new NotPlain("styles read by POI need its package");
        }
    }

    /** The parts of a package opened by POI. */
    private record PackageParts(Map<String, PackagePart> parts) implements Parts {
        @Override
        public InputStream open(String entry) throws Exception {
            return parts.get(entry).getInputStream();
        }

        @Override
        public CellStyles styles(String entry) throws Exception {
            return CellStyles.of(new StylesTable(parts.get(entry)));
        }
    }

    /** One worksheet as the workbook lists it: its name, its part and the targets of its relationships by id. */
    record SheetPart(String name, String entry, Map<String, String> targets) {
    }

    /**
     * What POI's package reader and {@link XSSFReader} work out for a package before any cell is read:
     * which parts hold the shared strings, styles, sheets and custom properties (as zip entry names), the
     * targets of the sheets' relationships, the links kept only in the package, and the 1904 flag. It
     * depends only on the entry names, the content types, the relationship parts and the workbook part.
     *
     * @param stringsTwice   the workbook relates to two shared-string parts (named), else null
     * @param stylesTwice    likewise for the styles
     * @param externalLinks  null when POI could not resolve them (the reading then fails where it needs them)
     */
    record PackageMap(boolean date1904, String strings, String stringsTwice, String styles, String stylesTwice,
                      List<SheetPart> sheets, List<OutsideLink> externalLinks, String customProperties) {

        /** Worked out by POI; {@code parts} gets each named part by its entry name. */
        static PackageMap of(OPCPackage pkg, Map<String, PackagePart> parts) throws Exception {
            // Strict OOXML is refused here (POIXMLException), as the usermodel refuses it: its namespaces
            // differ, and a relationship attribute read in the transitional one would be missed.
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = XlsxStreamWorkbook.date1904(reader);
            // the shared strings and styles the usermodel uses: those the workbook part relates to
            PackagePart workbook = pkg.getPart(pkg.getRelationshipsByType(OFFICE_DOCUMENT_REL).getRelationship(0));
            PackagePart[] strings = related(workbook, SHARED_STRINGS_REL);
            PackagePart[] styles = related(workbook, STYLES_REL);
            List<SheetPart> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                PackagePart part = it.getSheetPart();
                Map<String, String> targets = new HashMap<>();
                for (PackageRelationship rel : part.getRelationships()) {
                    targets.put(rel.getId(), String.valueOf(part.getRelationship(rel.getId()).getTargetURI()));
                }
                sheets.add(new SheetPart(it.getSheetName(), entry(part, parts), targets));
            }
            List<OutsideLink> links;
            try {
                links = XlsxStreamWorkbook.externalLinks(pkg);
            } catch (Exception e) {
                links = null;
            }
            PackagePart custom = null;
            try {
                PackageRelationshipCollection customRels = pkg.getRelationshipsByType(CUSTOM_PROPERTIES_REL);
                if (customRels.size() > 0) {
                    custom = pkg.getPart(customRels.getRelationship(0));
                }
            } catch (Exception e) {
                custom = null; // as the usermodel: unreadable properties count as absent
            }
            return new PackageMap(date1904, entry(strings[0], parts), name(strings[1]), entry(styles[0], parts),
                    name(styles[1]), List.copyOf(sheets), links == null ? null : List.copyOf(links),
                    entry(custom, parts));
        }

        private static String name(PackagePart part) {
            return part == null ? null : part.getPartName().getName();
        }

        /** A part's zip entry name (its part name without the leading slash when POI does not say). */
        private static String entry(PackagePart part, Map<String, PackagePart> parts) {
            if (part == null) {
                return null;
            }
            String entry = part instanceof ZipPackagePart zipPart ? zipPart.getZipArchive().getName()
                    : part.getPartName().getName().substring(1);
            parts.put(entry, part);
            return entry;
        }
    }

    /**
     * One pass over the package's parts as the map names them. With {@code plainOnly}, anything the
     * usermodel reads better (shared or array formulas, no styles part, a hyperlink without its
     * relationship) throws {@link NotPlain}.
     */
    private static XlsxStreamWorkbook read(PackageMap map, Parts parts, boolean plainOnly) throws Exception {
        UnreadableCells unreadable = new UnreadableCells();
        if (map.stringsTwice() != null) {
            unreadable.add(null, null, "intake.part.twice", "part", map.stringsTwice());
        }
        if (map.stylesTwice() != null) {
            unreadable.add(null, null, "intake.part.twice", "part", map.stylesTwice());
        }
        XlsxSharedStrings strings = XlsxSharedStrings.NONE;
        if (map.strings() != null) {
            strings = new XlsxSharedStrings();
            try (InputStream in = parts.open(map.strings())) {
                parse(in, strings);
            }
        }
        CellStyles styles;
        if (map.styles() == null) {
            if (plainOnly) {
                throw new NotPlain("no styles part");
            }
            styles = null;
        } else if (plainOnly) {
            XlsxNumberFormats formats = new XlsxNumberFormats();
            try (InputStream in = parts.open(map.styles())) {
                parse(in, formats);
            }
            styles = formats.checked();
        } else {
            styles = parts.styles(map.styles());
        }
        List<String> names = new ArrayList<>();
        Map<String, SheetCells> cells = new HashMap<>();
        List<OutsideLink> links = new ArrayList<>();
        for (SheetPart sheet : map.sheets()) {
            SheetHandler handler;
            try (InputStream in = parts.open(sheet.entry())) {
                String name = sheet.name();
                if (names.stream().anyMatch(name::equalsIgnoreCase)) {
                    // the usermodel finds the first of two sheets named alike, a stream would keep the last
                    unreadable.add(name, null, "intake.sheet.duplicate", "sheet", name);
                }
                handler = new SheetHandler(name, strings, styles, unreadable, plainOnly);
                parse(in, handler);
                names.add(name);
                cells.putIfAbsent(name, handler.cells);
                for (String[] link : handler.hyperlinks) {
                    String target = sheet.targets().get(link[1]);
                    if (target == null) {
                        throw new NotPlain("hyperlink without its relationship");
                    }
                    links.add(new OutsideLink(name, link[0], target, true));
                }
                links.addAll(handler.formulaLinks);
            }
        }
        if (plainOnly && links.stream().noneMatch(l -> !l.hyperlink())) {
            if (map.externalLinks() == null) {
                throw new NotPlain("external links not resolved");
            }
            links.addAll(map.externalLinks());
        }
        return new XlsxStreamWorkbook(names, cells, plainOnly ? customProperties(map, parts) : Map.of(), links,
                map.date1904(), unreadable.problems());
    }

    /** The part the workbook relates to by this type, and the second one when there are two (null if not). */
    private static PackagePart[] related(PackagePart workbook, String type) throws Exception {
        PackageRelationshipCollection rels = workbook.getRelationshipsByType(type);
        if (rels.size() == 0) {
            return new PackagePart[] {null, null};
        }
        PackagePart part = workbook.getRelatedPart(rels.getRelationship(0));
        return new PackagePart[] {part, rels.size() > 1 ? part : null};
    }

    /**
     * One SAX reader per thread, reused part after part: making one (POI's secure settings, the
     * parser's own set-up) cost as much as parsing a small part, and a file has a dozen parts. After
     * a failed parse the reader is dropped, so no state of a hostile file reaches the next one.
     */
    private static final ThreadLocal<XMLReader> READER = new ThreadLocal<>();

    static void parse(InputStream in, DefaultHandler handler) throws Exception {
        XMLReader xml = READER.get();
        if (xml == null) {
            xml = XMLHelper.newXMLReader();
        }
        READER.remove();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
        xml.setContentHandler(null);
        READER.set(xml);
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
        PackageRelationship workbookRel = pkg.getRelationshipsByType(OFFICE_DOCUMENT_REL).getRelationship(0);
        PackagePart workbook = pkg.getPart(workbookRel);
        for (PackageRelationship rel : workbook.getRelationshipsByType(EXTERNAL_LINK_REL)) {
            PackagePart link = pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
            String target = Messages.text("intake.link.unnamedTarget");
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

    private static Map<String, String> customProperties(PackageMap map, Parts parts) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map.customProperties() == null) {
            return out;
        }
        try {
            try (InputStream in = parts.open(map.customProperties())) {
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

    /**
     * One worksheet's cells as POI's usermodel would show them, from its XML; a cell it cannot resolve
     * exactly is listed in {@link UnreadableCells}, never guessed.
     */
    private static final class SheetHandler extends DefaultHandler {
        private static final int MAX_ROWS = 1_048_576;
        private static final int MAX_COLUMNS = 16_384;
        private static final Pattern ROW_NUMBER = Pattern.compile("[1-9][0-9]{0,6}");

        private final String sheet;
        private final XlsxSharedStrings strings;
        private final CellStyles styles;
        private final UnreadableCells unreadable;
        private final boolean plainOnly;
        final SheetCells cells = new SheetCells();
        final List<String[]> hyperlinks = new ArrayList<>();
        final List<OutsideLink> formulaLinks = new ArrayList<>();

        // where we are: element depth, and the depth of the open sheetData, row and cell (-1: none)
        private int depth;
        private int sheetDataDepth = -1;
        private int rowDepth = -1;
        private int cellDepth = -1;

        // rows: the usermodel numbers an unnumbered row after the highest so far, a stream after the last
        private int row = -1;
        private int highestRow = -1;
        private boolean rowKnown;
        private final BitSet rowsSeen = new BitSet();
        // cells of the current row, likewise
        private int column = -1;
        private int highestColumn = -1;
        private final BitSet columnsSeen = new BitSet();

        // the current cell
        private int cellColumn;
        private boolean cellKnown;
        private String ref;
        private String type;
        private String style;
        private StringBuilder value;
        private StringBuilder formula;
        /** What value and formula point to once the cell has them: one of each per sheet, not per cell. */
        private final StringBuilder valueText = new StringBuilder();
        private final StringBuilder formulaText = new StringBuilder();
        private boolean twice;  // a second <v>, <f> or <is>: the usermodel reads the first, a stream the last
        private RichText inline;
        private StringBuilder text;

        SheetHandler(String sheet, XlsxSharedStrings strings, CellStyles styles, UnreadableCells unreadable,
                     boolean plainOnly) {
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
            this.unreadable = unreadable;
            this.plainOnly = plainOnly;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            depth++;
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            if (inline != null) {
                inline.start(local);
            } else if (cellDepth >= 0) {
                if (depth == cellDepth + 1) {
                    cellChild(local, a);
                }
            } else if (rowDepth >= 0) {
                if (depth == rowDepth + 1 && "c".equals(local)) {
                    startCell(a);
                }
            } else if (sheetDataDepth >= 0) {
                if (depth == sheetDataDepth + 1 && "row".equals(local)) {
                    startRow(a.getValue("r"));
                } else if (depth == sheetDataDepth + 1 && "c".equals(local)) {
                    unreadable.add(sheet, null, "intake.cell.outsideRow");
                }
            } else if ("sheetData".equals(local)) {
                sheetDataDepth = depth;
            } else if ("hyperlink".equals(local) && plainOnly) {
                String id = a.getValue(RELATIONSHIPS_NS, "id");
                if (id != null) {
                    CellRangeAddress range = CellRangeAddress.valueOf(a.getValue("ref"));
                    hyperlinks.add(new String[] {new CellReference(range.getFirstRow(), range.getFirstColumn())
                            .formatAsString(false), id});
                }
            }
        }

        private void cellChild(String local, Attributes a) throws SAXException {
            switch (local) {
                case "v" -> {
                    twice |= value != null;
                    valueText.setLength(0);
                    text = value = valueText;
                }
                case "f" -> {
                    String t = a.getValue("t");
                    if (plainOnly && t != null && !"normal".equals(t)) {
                        throw notPlain("shared or array formula");
                    }
                    twice |= formula != null;
                    formulaText.setLength(0);
                    text = formula = formulaText;
                }
                case "is" -> {
                    twice |= inlineRead;
                    inline = new RichText();
                }
                default -> {
                    // other elements carry nothing intake reads
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inline != null) {
                inline.characters(ch, start, length);
            } else if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            try {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                if (inline != null) {
                    if ("is".equals(local) && inline.closed()) {
                        inlineText = inline.text();
                        inlineRead = true;
                        inline = null;
                    } else {
                        inline.end(local);
                    }
                } else if (depth == cellDepth) {
                    endCell();
                    cellDepth = -1;
                } else if (depth == rowDepth) {
                    rowDepth = -1;
                    cells.endRow();
                } else if (depth == sheetDataDepth) {
                    sheetDataDepth = -1;
                } else if (cellDepth >= 0 && depth == cellDepth + 1) {
                    text = null;
                }
            } finally {
                depth--;
            }
        }

        private String inlineText;
        private boolean inlineRead;

        private void startRow(String r) {
            rowDepth = depth;
            column = -1;
            highestColumn = -1;
            columnsSeen.clear();
            rowKnown = false;
            int number;
            if (r == null) {
                if (row < highestRow) {
                    unreadable.add(sheet, null, "intake.row.orderUnclear", "previous", row + 1, "highest",
                            highestRow + 1);
                    return;
                }
                number = row + 1;
                if (number >= MAX_ROWS) {
                    unreadable.add(sheet, null, "intake.row.badNumber", "value", number + 1);
                    return;
                }
            } else if (!ROW_NUMBER.matcher(r).matches() || Integer.parseInt(r) > MAX_ROWS) {
                unreadable.add(sheet, null, "intake.row.badNumber", "value", r);
                return;
            } else {
                number = Integer.parseInt(r) - 1;
            }
            row = number;
            if (rowsSeen.get(number)) {
                unreadable.add(sheet, null, "intake.row.duplicate", "row", number + 1);
                return;
            }
            rowsSeen.set(number);
            highestRow = Math.max(highestRow, number);
            rowKnown = true;
            cells.startRow(number);
        }

        private void startCell(Attributes a) {
            cellDepth = depth;
            // one pass over the attributes instead of three look-ups by name, as getValue(qName) finds them
            ref = null;
            type = null;
            style = null;
            for (int i = 0, n = a.getLength(); i < n; i++) {
                String q = a.getQName(i);
                if (q.length() == 1) {
                    switch (q.charAt(0)) {
                        case 'r' -> ref = ref == null ? a.getValue(i) : ref;
                        case 't' -> type = type == null ? a.getValue(i) : type;
                        case 's' -> style = style == null ? a.getValue(i) : style;
                        default -> {
                            // other attributes carry nothing intake reads
                        }
                    }
                }
            }
            value = null;
            formula = null;
            twice = false;
            inline = null;
            inlineText = null;
            inlineRead = false;
            text = null;
            cellKnown = rowKnown && position();
        }

        /** Places the cell in its row; false (and listed) when its position is in doubt. */
        private boolean position() {
            int at;
            if (ref != null) {
                int letters = referenceLetters(ref);
                if (letters == 0) {
                    unreadable.add(sheet, null, "intake.cell.badReference", "row", row + 1, "ref", ref);
                    return false;
                }
                at = CellSpec.columnIndex(ref, letters);
                long refRow = Long.parseLong(ref, letters, ref.length(), 10) - 1;
                if (at >= MAX_COLUMNS || refRow >= MAX_ROWS) {
                    unreadable.add(sheet, null, "intake.cell.outsideGrid", "ref", ref);
                    return false;
                }
                if (refRow != row) {
                    unreadable.add(sheet, null, "intake.cell.wrongRow", "ref", ref, "row", row + 1);
                    return false;
                }
            } else {
                if (column < highestColumn) {
                    unreadable.add(sheet, null, "intake.cell.orderUnclear", "row", row + 1);
                    return false;
                }
                at = column + 1;
                if (at >= MAX_COLUMNS) {
                    unreadable.add(sheet, null, "intake.cell.outsideGrid", "ref",
                            UnreadableCells.reference(row, at));
                    return false;
                }
            }
            column = at;
            highestColumn = Math.max(highestColumn, at);
            if (columnsSeen.get(at)) {
                unreadable.add(sheet, UnreadableCells.reference(row, at), "intake.cell.duplicate");
                return false;
            }
            columnsSeen.set(at);
            cellColumn = at;
            return true;
        }

        private void endCell() {
            if (!cellKnown) {
                return;
            }
            // a reference that placed the cell is already in canonical form (no leading zeros, bijective
            // column letters), so it is the cell's name: building it again per cell showed in profiles
            String at = ref != null ? ref : UnreadableCells.reference(row, cellColumn);
            if (twice) {
                unreadable.add(sheet, at, "intake.cell.twoValues");
                return;
            }
            String f = formula == null ? null : formula.toString();
            if (f != null && plainOnly && PoiWorkbook.OUTSIDE.matcher(f).find()) {
                formulaLinks.add(new OutsideLink(sheet, at, "=" + f, false));
            }
            CellContent c = content(at, f);
            if (c != null) {
                cells.put(cellColumn, c);
            }
        }

        /** The cell's content as the usermodel shows it; null when blank or when listed as unreadable. */
        private CellContent content(String at, String f) {
            String v = value == null ? null : value.toString();
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    if (v == null) {
                        if (f != null) {
                            return CellContent.text("", f);
                        }
                        unreadable.add(sheet, at, "intake.cell.sharedStringMissing");
                        return null;
                    }
                    int index = StoredNumbers.index(v);
                    if (index < 0 || index >= strings.size()) {
                        unreadable.add(sheet, at, "intake.cell.sharedStringOutOfRange", "index", v);
                        return null;
                    }
                    String s = strings.item(index);
                    if (s == null) {
                        unreadable.add(sheet, at, "intake.cell.sharedStringMalformed", "index", index + 1);
                        return null;
                    }
                    return CellContent.text(s, f);
                }
                case "inlineStr" -> {
                    if (inlineRead) {
                        if (inlineText == null) {
                            unreadable.add(sheet, at, "intake.cell.textMalformed");
                            return null;
                        }
                        return CellContent.text(inlineText, f);
                    }
                    return CellContent.text(decode(v != null ? v : ""), f);
                }
                case "str" -> {
                    return CellContent.text(decode(v == null ? "" : v), f);
                }
                case "b" -> {
                    if (v == null && f != null) {
                        return CellContent.of(CellContent.Type.BOOLEAN, "FALSE", f);
                    }
                    if (!"0".equals(v) && !"1".equals(v)) {
                        unreadable.add(sheet, at, "intake.cell.badBoolean", "value", v == null ? "" : v);
                        return null;
                    }
                    return CellContent.of(CellContent.Type.BOOLEAN, "1".equals(v) ? "TRUE" : "FALSE", f);
                }
                case "e" -> {
                    String error;
                    try {
                        error = FormulaError.forString(v).getString();
                    } catch (RuntimeException e) {
                        unreadable.add(sheet, at, "intake.cell.badError", "value", v == null ? "" : v);
                        return null;
                    }
                    return CellContent.of(CellContent.Type.ERROR, error, f);
                }
                case "n" -> {
                    if (v == null && f == null) {
                        return null; // a styled empty cell: blank, as in the usermodel
                    }
                    StoredNumber known = f == null ? numbers.get(v) : null;
                    double d = 0.0; // a formula never calculated shows 0 in the usermodel
                    if (known != null) {
                        d = known.value;
                    } else if (v != null && !(v.isEmpty() && f != null)) {
                        d = StoredNumbers.value(v);
                        if (!Double.isFinite(d)) {
                            unreadable.add(sheet, at, "intake.cell.badNumber", "value", v);
                            return null;
                        }
                    }
                    int s = 0;
                    if (style != null) {
                        s = StoredNumbers.index(style);
                        if (s < 0 || s >= (styles == null ? 0 : styles.count())) {
                            unreadable.add(sheet, at, "intake.cell.styleMissing", "index", style);
                            return null;
                        }
                    }
                    if (f != null) {
                        return CellContent.number(BigDecimal.valueOf(d), dateFormatted(d, s), f);
                    }
                    if (known == null) {
                        known = new StoredNumber(d);
                        if (numbers.size() < MAX_NUMBERS_KEPT) {
                            numbers.put(v, known);
                        }
                    }
                    return known.content(dateFormatted(d, s));
                }
                default -> {
                    unreadable.add(sheet, at, "intake.cell.unknownType", "type", t);
                    return null;
                }
            }
        }

        /** As DateUtil.isCellDateFormatted: a valid serial in a date format (the style exists). */
        private boolean dateFormatted(double d, int style) {
            if (!DateUtil.isValidExcelDate(d) || styles == null || styles.count() == 0) {
                return false;
            }
            // per style, not per cell: a body's workbook of 10,000 units has 400,000 numbers in a few styles
            return dateStyles.computeIfAbsent(style, s -> {
                ExcelNumberFormat format = styles.format(s);
                return format != null && DateUtil.isADateFormat(format);
            });
        }

        private final java.util.Map<Integer, Boolean> dateStyles = new java.util.HashMap<>();

        /**
         * The numbers read so far, by their text: scores repeat (a few dozen values over 400,000 cells of a
         * body's workbook), and parsing each one into a BigDecimal and its plain text again showed in profiles.
         */
        private final Map<String, StoredNumber> numbers = new HashMap<>();
        private static final int MAX_NUMBERS_KEPT = 4096;
    }

    /** A number as stored and the content of a cell holding it (a formula's cells are not shared). */
    private static final class StoredNumber {
        final double value;
        private CellContent plain;
        private CellContent dated;

        StoredNumber(double value) {
            this.value = value;
        }

        /** The same content for every cell of this number: CellContent is immutable. */
        CellContent content(boolean dateFormatted) {
            if (dateFormatted) {
                if (dated == null) {
                    dated = CellContent.number(BigDecimal.valueOf(value), true, null);
                }
                return dated;
            }
            if (plain == null) {
                plain = CellContent.number(BigDecimal.valueOf(value), false, null);
            }
            return plain;
        }
    }

    /** _x000D_-style escapes, decoded the way the usermodel shows inline, formula and shared strings. */
    static String decode(String s) {
        return s.indexOf("_x") < 0 ? s : new XSSFRichTextString(s).getString();
    }

    /**
     * How many column letters start a reference of the form {@code [A-Z]{1,3}[1-9][0-9]{0,6}}; 0 when
     * it has another form. By hand: a pattern match per cell showed in profiles.
     */
    static int referenceLetters(String ref) {
        int n = ref.length();
        int letters = 0;
        while (letters < n && letters < 4 && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            letters++;
        }
        int digits = n - letters;
        if (letters < 1 || letters > 3 || digits < 1 || digits > 7 || ref.charAt(letters) == '0') {
            return 0;
        }
        for (int i = letters; i < n; i++) {
            if (ref.charAt(i) < '0' || ref.charAt(i) > '9') {
                return 0;
            }
        }
        return letters;
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
        SheetCells sheetCells = cells.get(sheet);
        return sheetCells == null ? CellContent.BLANK : sheetCells.get(row, column);
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
    public List<Problem> unreadableCells() {
        return unreadable;
    }

    @Override
    public void close() {
        // everything was read in open(); the package is already closed
    }
}
