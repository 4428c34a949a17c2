package org.shuangbai.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.shuangbai.text.Messages;

/** An .xlsx or .xls read with POI's usermodel (the forms are small). Never evaluates formulas. */
final class PoiWorkbook implements ReturnedWorkbook {
    private final SpreadsheetType type;
    private final Workbook workbook;
    private final OPCPackage pkg;
    private final POIFSFileSystem fs;
    private final List<Problem> unreadable;

    private PoiWorkbook(SpreadsheetType type, Workbook workbook, OPCPackage pkg, POIFSFileSystem fs,
                        List<Problem> unreadable) {
        this.type = type;
        this.workbook = workbook;
        this.pkg = pkg;
        this.fs = fs;
        this.unreadable = unreadable;
    }

    static void configure(IntakeLimits limits) {
        // POI's own zip-bomb guards, on top of the pre-scan in FileSniffer.
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
    }

    static PoiWorkbook open(Path path, SpreadsheetType type, IntakeLimits limits) throws FileRejection {
        configure(limits);
        try {
            if (type == SpreadsheetType.XLSX) {
                OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
                // The usermodel resolves what it cannot read to "" or 0 without a word (a shared-string index
                // outside the table reads as empty text): the streaming pass's checks run first, over the
                // same XML, so both readers refuse the same cells.
                List<Problem> unreadable;
                try {
                    unreadable = XlsxStreamWorkbook.unreadableCells(pkg);
                } catch (Exception e) {
                    unreadable = List.of(); // unparseable XML: the usermodel says what is wrong
                }
                try {
                    return new PoiWorkbook(type, new XSSFWorkbook(pkg), pkg, null, unreadable);
                } catch (Exception e) {
                    pkg.revert();
                    if (!unreadable.isEmpty()) {
                        throw new FileRejection(unreadable);
                    }
                    throw e;
                }
            }
            POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
            try {
                HSSFWorkbook book = new HSSFWorkbook(fs.getRoot(), true);
                return new PoiWorkbook(type, book, null, fs, unreadableNumbers(book));
            } catch (IOException | RuntimeException e) {
                fs.close();
                throw e;
            }
        } catch (FileRejection e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw FileSniffer.encrypted();
        } catch (Exception e) {
            throw new FileRejection(Messages.text("intake.file.malformed", "error", e.getClass().getSimpleName()),
                    FileSniffer.todoResave());
        }
    }

    /**
     * An .xls holds numbers as IEEE doubles, which may be NaN or infinite: such a cell has no value a
     * form could record, and is listed instead of failing the whole read.
     */
    private static List<Problem> unreadableNumbers(HSSFWorkbook book) {
        UnreadableCells out = new UnreadableCells();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                    if (t == CellType.NUMERIC && !Double.isFinite(c.getNumericCellValue())) {
                        out.add(sheet.getSheetName(), c.getAddress().formatAsString(), "intake.cell.badNumber", "value",
                                Double.toString(c.getNumericCellValue()));
                    }
                }
            }
        }
        return out.problems();
    }

    @Override
    public List<Problem> unreadableCells() {
        return unreadable;
    }

    @Override
    public SpreadsheetType type() {
        return type;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public CellContent cell(String sheetName, int row, int column) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            return CellContent.BLANK;
        }
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        if (c == null) {
            return CellContent.BLANK;
        }
        String formula = c.getCellType() == CellType.FORMULA ? formula(c) : null;
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> CellContent.text(c.getStringCellValue(), formula);
            case NUMERIC -> CellContent.number(BigDecimal.valueOf(c.getNumericCellValue()),
                    DateUtil.isCellDateFormatted(c), formula);
            case BOOLEAN -> CellContent.of(CellContent.Type.BOOLEAN, c.getBooleanCellValue() ? "TRUE" : "FALSE",
                    formula);
            case ERROR -> CellContent.of(CellContent.Type.ERROR, errorText(c), formula);
            default -> formula == null ? CellContent.BLANK : CellContent.text("", formula);
        };
    }

    private static String formula(Cell c) {
        try {
            return c.getCellFormula();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String errorText(Cell c) {
        try {
            return FormulaError.forInt(c.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    /** A reference to another workbook ([1]Sheet1!A1, '[book.xls]Sheet1'!A1), a URL, a file or a DDE call. */
    static final java.util.regex.Pattern OUTSIDE = java.util.regex.Pattern.compile(
            "\\[[^\\]]*\\]|://|'file:|\\|'|(?i)\\b(HYPERLINK|WEBSERVICE|FILTERXML|RTD|CALL|REGISTER(\\.ID)?)\\s*\\(");

    @Override
    public List<OutsideLink> outsideLinks() {
        List<OutsideLink> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            for (org.apache.poi.ss.usermodel.Hyperlink link : sheet.getHyperlinkList()) {
                if (link.getType() != org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT) {
                    out.add(new OutsideLink(sheet.getSheetName(), new org.apache.poi.ss.util.CellReference(
                            link.getFirstRow(), link.getFirstColumn()).formatAsString(false),
                            String.valueOf(link.getAddress()), true));
                }
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        String f = formula(cell);
                        if (OUTSIDE.matcher(f).find()) {
                            out.add(new OutsideLink(sheet.getSheetName(), cell.getAddress().formatAsString(), "=" + f,
                                    false));
                        }
                    }
                }
            }
        }
        if (out.stream().noneMatch(l -> !l.hyperlink()) && workbook instanceof XSSFWorkbook x
                && !x.getExternalLinksTable().isEmpty()) {
            // links used only by defined names or charts: the package still names the linked file
            for (var table : x.getExternalLinksTable()) {
                String target;
                try {
                    target = table.getLinkedFileName();
                } catch (RuntimeException e) {
                    target = Messages.text("intake.link.unnamedTarget");
                }
                out.add(new OutsideLink(null, null, target, false));
            }
        }
        return out;
    }

    @Override
    public boolean date1904() {
        if (workbook instanceof XSSFWorkbook x) {
            return x.isDate1904();
        }
        return ((HSSFWorkbook) workbook).getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public Map<String, String> customProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            if (workbook instanceof XSSFWorkbook x) {
                for (CTProperty p : x.getProperties().getCustomProperties().getUnderlyingProperties()
                        .getPropertyList()) {
                    if (p.isSetLpwstr()) {
                        out.put(p.getName(), p.getLpwstr());
                    } else if (p.isSetLpstr()) {
                        out.put(p.getName(), p.getLpstr());
                    } else if (p.isSetI4()) {
                        out.put(p.getName(), Integer.toString(p.getI4()));
                    }
                }
            } else {
                DocumentSummaryInformation dsi = ((HSSFWorkbook) workbook).getDocumentSummaryInformation();
                CustomProperties cp = dsi == null ? null : dsi.getCustomProperties();
                if (cp != null) {
                    for (Map.Entry<String, Object> e : cp.entrySet()) {
                        out.put(e.getKey(), String.valueOf(e.getValue()));
                    }
                }
            }
        } catch (RuntimeException e) {
            // properties are only a fallback for the identity sheet; unreadable ones count as absent
        }
        return out;
    }

    @Override
    public void close() {
        try {
            if (pkg != null) {
                pkg.revert();
            }
            if (fs != null) {
                fs.close();
            }
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }
}
