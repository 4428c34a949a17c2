package org.shuangbai.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shuangbai.ReproducibleZip;
import org.shuangbai.plan.Plan;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link FormLayout} as an .xlsx workbook (POI XSSF; the workbooks are small, so the streaming
 * SXSSF would gain nothing and lacks evaluation of the subtotal formulas).
 *
 * <p>What it guarantees: labels locked and every sheet protected, the workbook structure locked; each
 * INPUT cell unlocked with data validation and a Chinese prompt and error message; A4 print setup, frozen
 * headers; subtotal formulas; the identity in the very hidden sheet {@value #IDENTITY_SHEET} (column A
 * key, column B value) and as custom document properties {@code shuangbai.<key>}; the same layout and key
 * always give the same bytes.
 */
public final class WorkbookGenerator {
    /** The very hidden sheet holding the identity; intake reads it by this name. */
    public static final String IDENTITY_SHEET = "_shuangbai";
    /** The very hidden sheet holding value lists too long for an inline list validation. */
    public static final String LISTS_SHEET = "_lists";
    /** Keys of the identity, in this order, in the identity sheet and as custom properties (prefixed). */
    public static final List<String> IDENTITY_KEYS = List.of("plan", "year", "unit", "form", "version", "signature");
    public static final String PROPERTY_PREFIX = "shuangbai.";
    /** Excel refuses an inline list validation longer than this (characters, separators included). */
    static final int INLINE_LIST_LIMIT = 255;

    /** Whether a list validation's choices are written inline in its formula rather than on the hidden lists sheet. */
    static boolean inlineList(List<String> choices) {
        boolean inlineSafe = choices.stream().noneMatch(c -> c.contains(",") || c.contains("\""));
        return inlineSafe && String.join(",", choices).length() <= INLINE_LIST_LIMIT;
    }

    /**
     * The formula of an inline list as POI writes it: the choices quoted and separated by commas. POI leaves
     * the separator out after an empty first choice, so a list with an empty choice gives null (not written here).
     */
    static String inlineFormula(List<String> choices) {
        if (choices.isEmpty() || !inlineList(choices) || choices.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        return "\"" + String.join(",", choices) + "\"";
    }

    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    /** GB2312 charset, so Excel picks the Chinese face even on a non-Chinese Windows. */
    private static final int GB2312 = 134;

    private final FormTexts texts;
    private final FormSigner signer;
    private final String protectionPassword;

    /**
     * @param protectionPassword password of the sheet protection. Protection only prevents accidental
     *                           edits; the signature is what proves a file unchanged. So the fast legacy
     *                           16-bit hash ({@code protectSheet}) is used, not a SHA-512 spin that would
     *                           cost ~110 ms per workbook (10 s for a full distribution) and that .xls
     *                           drops anyway.
     */
    public WorkbookGenerator(FormTexts texts, FormSigner signer, String protectionPassword) {
        this.texts = texts;
        this.signer = signer;
        this.protectionPassword = protectionPassword;
    }

    /** The generator of a plan's workbooks, its sheets protected with the password the signer derives for the plan. */
    static WorkbookGenerator forPlan(FormTexts texts, FormSigner signer, Plan plan) {
        return new WorkbookGenerator(texts, signer, signer.protectionPassword(plan.settings().planCode()));
    }

    /** Writes the workbook to {@code file} (through a temporary file, so a crash leaves no half file). */
    public void write(FormLayout layout, Path file) throws IOException {
        write(toBytes(layout), file);
    }

    /** Writes a workbook's bytes to {@code file} through a temporary file, so a crash leaves no half file. */
    static void write(byte[] bytes, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        // Files.createDirectories always tries mkdir first, which takes the parent folder's lock in the kernel
        // even when the folder exists: with a unit's three workbooks per folder, the threads of a distribution
        // queued on output/distribution/ for it. A stat costs no lock.
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        // not createTempFile: its owner-only permissions would stick to a file meant to be sent out
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The workbook's bytes: the same layout and key always give the same bytes. */
    public byte[] toBytes(FormLayout layout) throws IOException {
        return toBytes(layout, signer.sign(layout));
    }

    /**
     * The workbook of a layout carrying a given signature: a body's workbook built for a few of its unit
     * rows carries the signature of all of them ({@link BodyPackages}).
     */
    byte[] toBytes(FormLayout layout, String signature) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writePoi(layout, signature, out);
        LocalDate day = LocalDate.of(layout.identity().year(), 1, 1);
        return ReproducibleZip.withFixedTimes(out.toByteArray(), day.atStartOfDay());
    }

    public void write(FormLayout layout, OutputStream out) throws IOException {
        out.write(toBytes(layout));
    }


    private void writePoi(FormLayout layout, String signature, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            java.util.Set<CellFormat> used = java.util.EnumSet.noneOf(CellFormat.class);
            layout.cells().forEach(c -> used.add(c.format()));
            Styles styles = new Styles(wb, used);
            ListSource lists = new ListSource(wb);
            for (String name : layout.sheets()) {
                XSSFSheet sheet = wb.createSheet(name);
                SheetFormat format = layout.format(name).orElse(null);
                List<CellSpec> cells = layout.cells().stream().filter(c -> c.sheet().equals(name)).toList();
                writeCells(sheet, cells, styles);
                if (format != null) {
                    applyFormat(sheet, format, styles, cells);
                }
                addValidations(sheet, cells, lists, layout.identity().year());
                protect(sheet);
            }
            lists.finish();
            writeIdentity(wb, layout, signature, styles);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.lockStructure();
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).setSelected(i == 0);
            }
            wb.write(out);
        }
    }

    private void writeCells(XSSFSheet sheet, List<CellSpec> cells, Styles styles) {
        for (CellSpec spec : cells) {
            Cell cell = cell(sheet, spec.row(), spec.column());
            cell.setCellStyle(styles.get(spec.format()));
            switch (spec.role()) {
                case LABEL -> {
                    if (spec.format() == CellFormat.NUMBER) {
                        cell.setCellValue(Double.parseDouble(spec.text()));
                    } else {
                        cell.setCellValue(spec.text());
                    }
                }
                case FORMULA -> cell.setCellFormula(spec.text());
                case INPUT -> {
                    // A fresh cell is blank already; POI's setBlank rebuilds its XML (4.5 % of generate).
                    if (cell.getCellType() != CellType.BLANK) {
                        cell.setBlank();
                    }
                }
            }
        }
    }

    private void applyFormat(XSSFSheet sheet, SheetFormat format, Styles styles, List<CellSpec> cells) {
        for (int c = 0; c < format.columnWidths().size(); c++) {
            sheet.setColumnWidth(c, format.columnWidths().get(c) * 256);
        }
        format.rowHeights().forEach((r, h) -> sheet.getRow(r).setHeightInPoints(h));
        for (SheetFormat.Region region : format.merged()) {
            CellRangeAddress range = new CellRangeAddress(region.firstRow(), region.lastRow(), region.firstColumn(),
                    region.lastColumn());
            CellStyle style = cell(sheet, region.firstRow(), region.firstColumn()).getCellStyle();
            for (int r = region.firstRow(); r <= region.lastRow(); r++) {
                for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                    cell(sheet, r, c).setCellStyle(style);
                }
            }
            sheet.addMergedRegion(range);
        }
        // subtotal and total rows: border the columns no cell of the layout fills
        int lastColumn = format.columnWidths().size() - 1;
        cells.stream().filter(c -> c.role() == CellRole.FORMULA).map(CellSpec::row).distinct().forEach(r -> {
            for (int c = 0; c <= lastColumn; c++) {
                Cell cell = cell(sheet, r, c);
                if (cell.getCellStyle().getIndex() == 0) {
                    cell.setCellStyle(styles.get(CellFormat.SUBTOTAL));
                }
            }
        });
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(format.wide() ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        print.setLandscape(format.landscape());
        if (format.wide()) {
            // readable at full size across pages, the unit columns repeated on each, rather than shrunk to one page
            print.setScale((short) 100);
        } else {
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        if (format.repeatFirstRow() >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(format.repeatFirstRow(), format.repeatLastRow(), -1, -1));
        }
        if (format.repeatColumns() > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, format.repeatColumns() - 1));
        }
        format.rowBreaks().forEach(sheet::setRowBreak);
        if (format.freezeRows() > 0 || format.freezeColumns() > 0) {
            sheet.createFreezePane(format.freezeColumns(), format.freezeRows());
        }
        sheet.getHeader().setLeft(format.printHeader());
        sheet.getHeader().setRight(format.printHeaderRight());
        sheet.getFooter().setCenter(format.printFooter());
    }

    private void addValidations(XSSFSheet sheet, List<CellSpec> cells, ListSource lists, int year) {
        // one validation per distinct rule: fewer, larger sqref ranges, as Excel itself writes them
        Map<InputRule, List<CellSpec>> byRule = new LinkedHashMap<>();
        cells.stream().filter(c -> c.role() == CellRole.INPUT).forEach(c ->
                byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(c));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        byRule.forEach((rule, specs) -> {
            CellRangeAddressList where = ranges(specs);
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("year", year);
            vars.put("label", rule.promptTitle() == null ? "" : rule.promptTitle());
            DataValidationConstraint constraint;
            String error;
            switch (rule.kind()) {
                case DECIMAL -> {
                    String max = rule.max().stripTrailingZeros().toPlainString();
                    constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                            rule.min().stripTrailingZeros().toPlainString(), max);
                    vars.put("max", max);
                    error = texts.text("score.range.error", vars);
                }
                case YES_NO, CHOICE -> {
                    constraint = lists.constraint(helper, rule.choices());
                    error = texts.text(rule.kind() == InputRule.Kind.YES_NO ? "yesno.error" : "choice.error", vars);
                }
                case DATE -> {
                    LocalDate first = FormLayouts.earliestDate(year);
                    LocalDate last = FormLayouts.latestDate(year);
                    constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                            dateFormula(first), dateFormula(last), "yyyy-mm-dd");
                    vars.put("first", first.toString());
                    vars.put("last", last.toString());
                    error = texts.text("date.error", vars);
                }
                default -> {
                    constraint = helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                            Integer.toString(rule.maxLength()), null);
                    vars.put("maxLength", rule.maxLength());
                    error = texts.text("text.error", vars);
                }
            }
            DataValidation validation = helper.createValidation(constraint, where);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.setEmptyCellAllowed(true);
            validation.setShowErrorBox(true);
            validation.createErrorBox(clip(texts.text("error.title", vars), 32), clip(error, 255));
            validation.setShowPromptBox(true);
            validation.createPromptBox(clip(rule.promptTitle(), 32), clip(rule.prompt(), 255));
            if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                // XSSF inverts this flag: true writes showDropDown="false", which in OOXML means the arrow IS shown
                validation.setSuppressDropDownArrow(true);
            }
            sheet.addValidationData(validation);
        });
    }

    /**
     * The cells of one rule as ranges, column by column in the order the columns first appear: the run of
     * consecutive rows in a column is one range. A body's note columns, which alternate with its score columns
     * along every row, are one reference each ("E5:E10004 G5:G10004"), not a reference per cell: a sqref
     * of hundreds of thousands of cells is what Excel can refuse to open.
     */
    static CellRangeAddressList ranges(List<CellSpec> specs) {
        Map<Integer, List<CellSpec>> byColumn = new LinkedHashMap<>();
        for (CellSpec c : specs) {
            byColumn.computeIfAbsent(c.column(), k -> new ArrayList<>()).add(c);
        }
        CellRangeAddressList where = new CellRangeAddressList();
        for (List<CellSpec> column : byColumn.values()) {
            int i = 0;
            while (i < column.size()) {
                CellSpec first = column.get(i);
                int j = i + 1;
                while (j < column.size() && column.get(j).row() == first.row() + (j - i)) {
                    j++;
                }
                where.addCellRangeAddress(first.row(), first.column(), column.get(j - 1).row(), first.column());
                i = j;
            }
        }
        return where;
    }

    private static String dateFormula(LocalDate d) {
        return "=DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    private void protect(XSSFSheet sheet) {
        sheet.protectSheet(protectionPassword);
        // let people resize rows and columns to read long text; everything else stays locked
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private void writeIdentity(XSSFWorkbook wb, FormLayout layout, String signature, Styles styles) {
        FormIdentity id = layout.identity();
        Map<String, String> values = identityValues(id, signature);
        XSSFSheet sheet = wb.createSheet(IDENTITY_SHEET);
        int r = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            Row row = sheet.createRow(r++);
            Cell key = row.createCell(0);
            key.setCellValue(e.getKey());
            Cell value = row.createCell(1);
            value.setCellStyle(styles.get(CellFormat.PARAGRAPH));
            value.setCellValue(e.getValue());
        }
        sheet.setColumnWidth(1, 80 * 256);
        protect(sheet);
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);

        POIXMLProperties props = wb.getProperties();
        values.forEach((k, v) -> props.getCustomProperties().addProperty(PROPERTY_PREFIX + k, v));
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        // fixed timestamps: the same inputs must give the same bytes
        Date fixed = Date.from(LocalDate.of(id.year(), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator(PROPERTY_PREFIX + "generator");
        core.setTitle(id.form().title());
        core.setIdentifier(id.canonical());
    }

    /** The identity as written to the hidden sheet and custom properties, keys in {@link #IDENTITY_KEYS} order. */
    public static Map<String, String> identityValues(FormIdentity id, String signature) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("plan", id.planCode());
        m.put("year", Integer.toString(id.year()));
        m.put("unit", id.unitCode());
        m.put("form", id.form().option());
        m.put("version", id.templateVersion());
        m.put("signature", signature);
        return m;
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }

    /** Value lists for list validations: inline when short, else a range of the hidden list sheet. */
    private final class ListSource {
        final XSSFWorkbook wb;
        final Map<List<String>, String> ranges = new LinkedHashMap<>();
        XSSFSheet sheet;

        ListSource(XSSFWorkbook wb) {
            this.wb = wb;
        }

        DataValidationConstraint constraint(DataValidationHelper helper, List<String> choices) {
            if (inlineList(choices)) {
                return helper.createExplicitListConstraint(choices.toArray(String[]::new));
            }
            String range = ranges.computeIfAbsent(List.copyOf(choices), this::place);
            return helper.createFormulaListConstraint(range);
        }

        private String place(List<String> choices) {
            if (sheet == null) {
                sheet = wb.createSheet(LISTS_SHEET);
            }
            int column = ranges.size();
            for (int i = 0; i < choices.size(); i++) {
                cell(sheet, i, column).setCellValue(choices.get(i));
            }
            String col = CellSpec.columnName(column);
            return "'" + LISTS_SHEET + "'!$" + col + "$1:$" + col + "$" + choices.size();
        }

        void finish() {
            if (sheet != null) {
                String protectionPassword = WorkbookGenerator.this.protectionPassword;
                sheet.protectSheet(protectionPassword);
                wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
            }
        }
    }

    /** One cell style per format, created once per workbook. */
    private static final class Styles {
        final Map<CellFormat, XSSFCellStyle> styles = new EnumMap<>(CellFormat.class);

        /** @param used the formats a layout uses: those {@link CellFormat#addedWhenUsed} get a style only then */
        Styles(XSSFWorkbook wb, java.util.Set<CellFormat> used) {
            // the default font sets the unit of column widths; 宋体 10 pt is the body text
            XSSFFont base = wb.getFontAt(0);
            base.setFontName(BODY_FONT);
            base.setFontHeightInPoints((short) 10);
            base.setCharSet(GB2312);
            XSSFFont body = font(wb, BODY_FONT, 10, false);
            XSSFFont title = font(wb, HEADING_FONT, 16, false);
            XSSFFont subtitle = font(wb, BODY_FONT, 11, false);
            XSSFFont heading = font(wb, HEADING_FONT, 10, false);
            XSSFFont subtotal = font(wb, HEADING_FONT, 10, false);
            short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
            XSSFColor headerFill = new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2}, null);
            XSSFColor inputFill = new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}, null);
            XSSFColor totalFill = new XSSFColor(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}, null);

            XSSFColor bandFill = new XSSFColor(new byte[] {(byte) 0xEE, (byte) 0xF3, (byte) 0xFA}, null);
            XSSFColor inputBandFill = new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xE6, (byte) 0x99}, null);
            XSSFColor notScoredFill = new XSSFColor(new byte[] {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF}, null);
            for (CellFormat f : CellFormat.values()) {
                if (f.addedWhenUsed() && !used.contains(f)) {
                    continue;
                }
                XSSFCellStyle s = wb.createCellStyle();
                s.setFont(body);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setWrapText(true);
                s.setLocked(true);
                boolean bordered = true;
                switch (f) {
                    case TITLE -> {
                        s.setFont(title);
                        s.setAlignment(HorizontalAlignment.CENTER);
                        bordered = false;
                    }
                    case SUBTITLE -> {
                        s.setFont(subtitle);
                        s.setAlignment(HorizontalAlignment.LEFT);
                        bordered = false;
                    }
                    case PARAGRAPH -> {
                        s.setVerticalAlignment(VerticalAlignment.TOP);
                        s.setFont(subtitle);
                        bordered = false;
                    }
                    case FIELD_LABEL -> {
                        s.setAlignment(HorizontalAlignment.RIGHT);
                        bordered = false;
                    }
                    case COLUMN_HEADER -> {
                        s.setFont(heading);
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setFillForegroundColor(headerFill);
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    }
                    case TEXT -> s.setAlignment(HorizontalAlignment.LEFT);
                    case TEXT_CENTER, NUMBER -> s.setAlignment(HorizontalAlignment.CENTER);
                    case SUBTOTAL -> {
                        s.setFont(subtotal);
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setFillForegroundColor(totalFill);
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    }
                    case INPUT_TEXT, INPUT_NUMBER, INPUT_DATE, INPUT_CHOICE, INPUT_TEXT_BAND, INPUT_NUMBER_BAND,
                         INPUT_CHOICE_BAND -> {
                        boolean band = f == CellFormat.INPUT_TEXT_BAND || f == CellFormat.INPUT_NUMBER_BAND
                                || f == CellFormat.INPUT_CHOICE_BAND;
                        s.setLocked(false);
                        s.setFillForegroundColor(band ? inputBandFill : inputFill);
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                        s.setAlignment(f == CellFormat.INPUT_TEXT || f == CellFormat.INPUT_TEXT_BAND
                                ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
                        if (f == CellFormat.INPUT_DATE) {
                            s.setDataFormat(dateFormat);
                        }
                    }
                    case TEXT_BAND, TEXT_CENTER_BAND -> {
                        s.setAlignment(f == CellFormat.TEXT_BAND ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
                        s.setFillForegroundColor(bandFill);
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    }
                    case NOT_SCORED -> {
                        s.setFillForegroundColor(notScoredFill);
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    }
                }
                if (bordered) {
                    s.setBorderTop(BorderStyle.THIN);
                    s.setBorderBottom(BorderStyle.THIN);
                    s.setBorderLeft(BorderStyle.THIN);
                    s.setBorderRight(BorderStyle.THIN);
                }
                styles.put(f, s);
            }
        }

        XSSFCellStyle get(CellFormat f) {
            return styles.get(f);
        }

        private static XSSFFont font(XSSFWorkbook wb, String name, int points, boolean bold) {
            XSSFFont f = wb.createFont();
            f.setFontName(name);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setCharSet(GB2312);
            return f;
        }
    }

}
