package org.shuangbai.tables;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.shuangbai.ReproducibleZip;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * Writes one table as .csv (UTF-8 with BOM, so Excel and WPS open Chinese text correctly) and .xlsx.
 * Every text cell is passed through {@link SafeText}; cells given as BigDecimal stay numeric. Files
 * are written to a temporary name and moved into place, so a crash never leaves half a file.
 */
public final class TableFiles {
    private TableFiles() {
    }

    public static void csv(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                 CSVWriter csv = new CSVWriter(w, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                         ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
                csv.writeNext(header.toArray(String[]::new), false);
                for (List<Object> row : rows) {
                    csv.writeNext(row.stream().map(TableFiles::csvText).toArray(String[]::new), false);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String csvText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return SafeText.neutralise(v.toString());
    }

    /**
     * The table as .xlsx: one sheet, the header bold and frozen, a filter over the table.
     * @param fixedYear the year whose 1 January is written as creation date (same inputs, same bytes)
     */
    public static void xlsx(Path file, String sheetName, List<String> header, List<List<Object>> rows, int[] widths,
                     int fixedYear) throws IOException {
        if (!TableXlsx.writes(sheetName, header, rows, widths, fixedYear)) {
            xlsxThroughPoi(file, sheetName, header, rows, widths, fixedYear);
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            TableXlsx.write(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), sheetName, header, rows, widths,
                    fixedYear);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@link #xlsx} through POI's streaming workbook: what {@link TableXlsx} does not take, and its reference in tests. */
    static void xlsxThroughPoi(Path file, String sheetName, List<String> header, List<List<Object>> rows, int[] widths,
                               int fixedYear) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        // Streaming with inline strings: XSSF's shared-strings table costs O(n) per new string, which
        // made a 100,000-value export take most of a minute.
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = wb.createSheet(sheetName);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(head);
            }
            int r = 1;
            for (List<Object> row : rows) {
                Row x = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = x.createCell(c);
                    if (v instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                    } else {
                        cell.setCellValue(SafeText.neutralise(v.toString()));
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!rows.isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, header.size() - 1));
            }
            Date fixed = Date.from(LocalDate.of(fixedYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("shuangbai");
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            wb.write(bytes);
            Files.write(tmp, ReproducibleZip.withFixedTimes(bytes.toByteArray(), LocalDate.of(fixedYear, 1, 1).atStartOfDay()));
        } finally {
            wb.close();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

}
