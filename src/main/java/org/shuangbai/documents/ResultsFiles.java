package org.shuangbai.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangbai.ReproducibleZip;
import org.shuangbai.tables.SafeText;
import org.shuangbai.plan.Category;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.scoring.Commendation;
import org.shuangbai.scoring.IndicatorResult;
import org.shuangbai.scoring.Ranking;
import org.shuangbai.scoring.Results;
import org.shuangbai.scoring.RulesText;
import org.shuangbai.scoring.SourceCell;
import org.shuangbai.scoring.UnitResult;
import org.shuangbai.scoring.UnitStatus;
import org.shuangbai.scoring.VetoFinding;
import org.shuangbai.tables.TableFiles;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * Writes {@link Results} to output/results/: results.csv, indicators.csv, results.xlsx and
 * rules.txt. The same results always give byte-identical files. Headers, sheet names and the words in
 * the cells come from messages.properties (results.*).
 */
public final class ResultsFiles {
    public static final String RESULTS_CSV = "results.csv";
    public static final String INDICATORS_CSV = "indicators.csv";
    public static final String RESULTS_XLSX = "results.xlsx";
    public static final String RULES_TXT = "rules.txt";

    private ResultsFiles() {
    }

    /** Writes every result file into {@code dir} (created if needed) and returns their paths. */
    public static List<Path> write(Results results, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(writeResultsCsv(results, dir.resolve(RESULTS_CSV)));
        written.add(writeIndicatorsCsv(results, dir.resolve(INDICATORS_CSV)));
        written.add(writeWorkbook(results, dir.resolve(RESULTS_XLSX)));
        written.add(writeRules(results, dir.resolve(RULES_TXT)));
        return written;
    }

    /** The sheet name for one system and group, e.g. 效能监察-街乡. */
    public static String sheetName(IndicatorSystem system, UnitGroup group) {
        return WorkbookUtil.createSafeSheetName(system.shortName() + "-" + group.label());
    }

    // ---- CSV ----

    static List<String> resultsHeader(Plan plan) {
        List<String> h = columns("results.col.unitCode", "results.col.unitName", "results.col.group",
                "results.col.system", "results.col.status", "results.col.total");
        for (IndicatorSystem s : plan.systems()) {
            for (Category c : s.categories()) {
                h.add(categoryTitle(c));
            }
        }
        h.addAll(columns("results.col.selfTotal", "results.col.vetoes", "results.col.eligibility", "results.col.grade",
                "results.col.rank", "results.col.commended", "results.col.note"));
        return h;
    }

    private static String categoryTitle(Category c) {
        return c.code() + " " + c.name();
    }

    /** The rows in print order: by system, then group, then rank (unscored last). */
    static List<UnitResult> ordered(Results results, IndicatorSystem system, UnitGroup group) {
        return Ranking.listed(results.units().stream()
                .filter(r -> r.systemCode().equals(system.code()) && r.unit().group() == group).toList());
    }

    private static Path writeResultsCsv(Results results, Path file) throws IOException {
        Plan plan = results.plan();
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorSystem system : plan.systems()) {
            for (UnitGroup group : UnitGroup.values()) {
                for (UnitResult r : ordered(results, system, group)) {
                    List<Object> row = new ArrayList<>(List.of(r.unit().code(), r.unit().name(), group.label(),
                            system.shortName(), r.status().label(), num(r.total())));
                    for (IndicatorSystem s : plan.systems()) {
                        for (Category c : s.categories()) {
                            row.add(num(r.categoryTotals().get(c.code())));
                        }
                    }
                    row.addAll(List.of(num(r.selfTotal()), vetoText(r), eligibleText(r), nz(r.grade()),
                            r.rank() == null ? "" : r.rank().toString(),
                            Messages.text(r.commended() ? "results.commended.yes" : "results.commended.no"), nz(r.note())));
                    rows.add(row);
                }
            }
        }
        TableFiles.csv(file, resultsHeader(plan), rows);
        return file;
    }

    private static Path writeIndicatorsCsv(Results results, Path file) throws IOException {
        Plan plan = results.plan();
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorSystem system : plan.systems()) {
            for (UnitGroup group : UnitGroup.values()) {
                for (UnitResult r : ordered(results, system, group)) {
                    for (IndicatorResult i : r.indicators()) {
                        var indicator = plan.indicator(i.indicatorCode()).orElseThrow();
                        String category = system.categories().stream()
                                .filter(c -> c.code().equals(indicator.categoryCode())).map(Category::name)
                                .findFirst().orElse("");
                        rows.add(List.of(r.unit().code(), r.unit().name(), system.shortName(), category,
                                i.indicatorCode(), indicator.name(), Numbers.plain(i.maxScore()), num(i.score()),
                                num(i.selfScore()), num(i.difference()), i.notes(),
                                String.valueOf(i.scoreSources().size() + i.droppedSources().size()),
                                sources(i.scoreSources()), sources(i.selfSources()), sources(i.droppedSources())));
                    }
                }
            }
        }
        TableFiles.csv(file, columns("results.col.unitCode", "results.col.unitName", "results.col.system",
                "results.col.category", "results.col.indicatorCode", "results.col.indicator", "results.col.maxScore",
                "results.col.score", "results.col.selfScore", "results.col.difference", "results.col.deductionNotes",
                "results.col.sheetCount", "results.col.scoreSources", "results.col.selfSources",
                "results.col.droppedSources"), rows);
        return file;
    }

    /**
     * {@code file!sheet!cell=value}, the way a reader finds the figure again; {@code files=value} for a
     * figure computed from raw data (no sheet, no cell: the import files it rests on).
     */
    public static String source(SourceCell c) {
        String where = c.sheet().isEmpty() && c.cell().isEmpty() ? c.sourceFile()
                : c.sourceFile() + "!" + c.sheet() + "!" + c.cell();
        return where + "=" + c.value().toPlainString();
    }

    static String sources(List<SourceCell> cells) {
        return cells.stream().map(c -> c.assessor().isEmpty() ? source(c)
                        : Messages.text("results.source", "assessor", c.assessor(), "source", source(c)))
                .collect(Lists.clauses());
    }

    static String vetoText(UnitResult r) {
        return r.vetoes().stream().map(v -> v.explanation().isEmpty()
                        ? Messages.text("results.veto", "code", v.vetoCode(), "effect", v.effect().label())
                        : Messages.text("results.veto.explained", "code", v.vetoCode(), "effect", v.effect().label(),
                                "explanation", v.explanation()))
                .collect(Lists.clauses());
    }

    static String eligibleText(UnitResult r) {
        return r.status() != UnitStatus.SCORED ? ""
                : Messages.text(r.eligible() ? "results.eligible.yes" : "results.eligible.no");
    }

    static String num(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Column titles by their keys in messages.properties. */
    private static List<String> columns(String... keys) {
        List<String> titles = new ArrayList<>();
        for (String key : keys) {
            titles.add(Messages.text(key));
        }
        return titles;
    }

    // ---- rules ----

    private static Path writeRules(Results results, Path file) throws IOException {
        StringBuilder text = new StringBuilder(Messages.text("results.rules.title",
                "title", results.plan().settings().planTitle())).append("\r\n");
        for (int i = 0; i < results.rules().size(); i++) {
            text.append(i + 1).append(". ").append(results.rules().get(i)).append("\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // ---- workbook ----

    private static Path writeWorkbook(Results results, Path file) throws IOException {
        Plan plan = results.plan();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb, plan.settings().scoring().decimals());
            for (IndicatorSystem system : plan.systems()) {
                for (UnitGroup group : UnitGroup.values()) {
                    if (plan.units(group).isEmpty()) {
                        continue;
                    }
                    rankingSheet(wb, styles, results, system, group);
                }
            }
            commendedSheet(wb, styles, results);
            vetoSheet(wb, styles, results);
            rulesSheet(wb, styles, results);
            Date fixed = Date.from(LocalDate.of(plan.settings().year(), 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC));
            wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
            wb.getProperties().getCoreProperties().setCreator(plan.settings().office());
            wb.getProperties().getCoreProperties().setTitle(Messages.text("results.workbook.title"));
            wb.write(bytes);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(ReproducibleZip.withFixedTimes(bytes.toByteArray(), LocalDate.of(2000, 1, 1).atStartOfDay()));
        }
        return file;
    }


    private static void rankingSheet(XSSFWorkbook wb, Styles st, Results results, IndicatorSystem system,
                                     UnitGroup group) {
        Sheet sheet = wb.createSheet(sheetName(system, group));
        List<String> header = columns("results.col.rank", "results.col.unitCode", "results.col.unitName",
                "results.col.status", "results.col.total");
        system.categories().forEach(c -> header.add(Messages.text("results.col.categoryWithMax", "category", c.name(),
                "max", Numbers.plain(c.maxScore()))));
        header.addAll(columns("results.col.selfTotal", "results.col.grade", "results.col.eligibility",
                "results.col.vetoes", "results.col.commended", "results.col.note"));
        header(sheet, st, header);
        int rowNo = 1;
        for (UnitResult r : ordered(results, system, group)) {
            Row row = sheet.createRow(rowNo++);
            int c = 0;
            if (r.rank() != null) {
                cell(row, c++, st.text).setCellValue(r.rank());
            } else {
                text(row, c++, st.text, "");
            }
            text(row, c++, st.text, r.unit().code());
            text(row, c++, st.text, r.unit().name());
            text(row, c++, st.text, r.status().label());
            number(row, c++, st, r.total());
            for (Category cat : system.categories()) {
                number(row, c++, st, r.categoryTotals().get(cat.code()));
            }
            number(row, c++, st, r.selfTotal());
            text(row, c++, st.text, nz(r.grade()));
            text(row, c++, st.text, eligibleText(r));
            text(row, c++, st.wrap, vetoText(r));
            text(row, c++, st.text, r.commended() ? Messages.text("results.commended.yes") : "");
            text(row, c++, st.wrap, nz(r.note()));
        }
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 11);
        widths[2] = 24;
        widths[header.size() - 3] = 30;
        widths[header.size() - 1] = 40;
        finish(sheet, widths);
    }

    private static void commendedSheet(XSSFWorkbook wb, Styles st, Results results) {
        Plan plan = results.plan();
        Sheet sheet = wb.createSheet(Messages.text("results.sheet.commended"));
        header(sheet, st, columns("results.col.system", "results.col.group", "results.col.basis",
                "results.col.quotaCalculation", "results.col.places", "results.col.rank", "results.col.unitCode",
                "results.col.unitName", "results.col.total"));
        int[] widths = {12, 8, 9, 18, 6, 6, 9, 28, 9};
        int rowNo = 1;
        for (Commendation c : results.commendations()) {
            IndicatorSystem system = plan.system(c.systemCode()).orElseThrow();
            List<UnitResult> chosen = c.unitCodes().stream().map(code -> results.units().stream()
                    .filter(r -> r.systemCode().equals(c.systemCode()) && r.unit().code().equals(code))
                    .findFirst().orElseThrow()).toList();
            int first = rowNo;
            int n = Math.max(1, chosen.size());
            for (int i = 0; i < n; i++) {
                Row row = sheet.createRow(rowNo++);
                text(row, 0, st.text, system.shortName());
                text(row, 1, st.text, c.group().label());
                cell(row, 2, st.text).setCellValue(c.basis());
                text(row, 3, st.text, c.basis() + " × " + RulesText.percent(plan.settings().scoring().quota()) + " = "
                        + c.exactQuota().toPlainString());
                cell(row, 4, st.text).setCellValue(c.quota());
                if (i < chosen.size()) {
                    UnitResult r = chosen.get(i);
                    cell(row, 5, st.text).setCellValue(r.rank());
                    text(row, 6, st.text, r.unit().code());
                    text(row, 7, st.text, r.unit().name());
                    number(row, 8, st, r.total());
                } else {
                    for (int k = 5; k <= 8; k++) {
                        text(row, k, st.text, "");
                    }
                }
            }
            if (n > 1) {
                for (int col = 0; col <= 4; col++) {
                    sheet.addMergedRegion(new CellRangeAddress(first, rowNo - 1, col, col));
                }
            }
            // The explanation gets a full-width row of its own so it is never cut off in print.
            Row note = sheet.createRow(rowNo);
            String explanation = Messages.text("results.commended.explanation", "explanation", c.explanation());
            text(note, 0, st.wrap, explanation);
            for (int k = 1; k < widths.length; k++) {
                text(note, k, st.wrap, "");
            }
            sheet.addMergedRegion(new CellRangeAddress(rowNo, rowNo, 0, widths.length - 1));
            int lineWidth = java.util.Arrays.stream(widths).sum();
            int textWidth = explanation.codePoints().map(ch -> ch < 0x1100 ? 1 : 2).sum();
            note.setHeightInPoints(16f * Math.max(1, (textWidth + lineWidth - 1) / lineWidth));
            rowNo++;
        }
        finish(sheet, widths);
    }

    private static void vetoSheet(XSSFWorkbook wb, Styles st, Results results) {
        Plan plan = results.plan();
        Sheet sheet = wb.createSheet(Messages.text("results.sheet.vetoes"));
        header(sheet, st, columns("results.col.unitCode", "results.col.unitName", "results.col.group",
                "results.col.system", "results.col.situation", "results.col.number", "results.col.effect",
                "results.col.explanation", "results.col.source"));
        int rowNo = 1;
        for (IndicatorSystem system : plan.systems()) {
            for (UnitGroup group : UnitGroup.values()) {
                for (UnitResult r : ordered(results, system, group)) {
                    for (VetoFinding v : r.vetoes()) {
                        Row row = sheet.createRow(rowNo++);
                        text(row, 0, st.text, r.unit().code());
                        text(row, 1, st.text, r.unit().name());
                        text(row, 2, st.text, group.label());
                        text(row, 3, st.text, system.shortName());
                        text(row, 4, st.text, v.vetoCode());
                        cell(row, 5, st.text).setCellValue(v.number());
                        text(row, 6, st.text, v.effect().label());
                        text(row, 7, st.wrap, v.explanation());
                        text(row, 8, st.wrap, String.join("\n", v.sources()));
                    }
                }
            }
        }
        if (rowNo == 1) {
            text(sheet.createRow(1), 0, st.text, Messages.text("results.vetoes.none"));
        }
        finish(sheet, new int[] {9, 24, 8, 12, 6, 6, 14, 40, 50});
    }

    private static void rulesSheet(XSSFWorkbook wb, Styles st, Results results) {
        Sheet sheet = wb.createSheet(Messages.text("results.sheet.rules"));
        header(sheet, st, columns("results.col.number", "results.col.rule"));
        for (int i = 0; i < results.rules().size(); i++) {
            Row row = sheet.createRow(i + 1);
            cell(row, 0, st.text).setCellValue(i + 1);
            text(row, 1, st.wrap, results.rules().get(i));
        }
        finish(sheet, new int[] {6, 110});
    }

    private static void header(Sheet sheet, Styles st, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            text(row, i, st.header, titles.get(i));
        }
    }

    private static void finish(Sheet sheet, int[] widthsInChars) {
        for (int i = 0; i < widthsInChars.length; i++) {
            sheet.setColumnWidth(i, widthsInChars[i] * 256 + 512);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private static Cell cell(Row row, int col, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    private static void text(Row row, int col, CellStyle style, String value) {
        cell(row, col, style).setCellValue(SafeText.neutralise(value));
    }

    private static void number(Row row, int col, Styles st, BigDecimal value) {
        if (value == null) {
            text(row, col, st.text, "");
        } else {
            // The figure is already rounded to the plan's decimals; the cell shows exactly those places.
            cell(row, col, st.number).setCellValue(value.doubleValue());
        }
    }

    /** Cell styles shared by every sheet; all text in 宋体 (results.font), the font every Chinese office has. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle number;

        Styles(XSSFWorkbook wb, int decimals) {
            String font = Messages.text("results.font");
            Font base = wb.getFontAt(0);
            base.setFontName(font);
            base.setFontHeightInPoints((short) 11);
            Font bold = wb.createFont();
            bold.setFontName(font);
            bold.setFontHeightInPoints((short) 11);
            bold.setBold(true);
            header = bordered(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(wb);
            text.setFont(base);
            wrap = bordered(wb);
            wrap.setFont(base);
            wrap.setWrapText(true);
            number = bordered(wb);
            number.setFont(base);
            number.setDataFormat(wb.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
