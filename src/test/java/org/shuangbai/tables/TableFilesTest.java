package org.shuangbai.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .xlsx written straight into its zip ({@link TableXlsx}) against the one POI's streaming workbook writes. */
class TableFilesTest {
    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("单位代码", "单位名称", "得分", "说明");
    private static final int[] WIDTHS = {8, 26, 8, 40};

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** The same file both ways, byte for byte; returns it. */
    private byte[] sameAsPoi(String sheet, List<String> header, List<List<Object>> rows, int[] widths, int year)
            throws IOException {
        assertTrue(TableXlsx.writes(sheet, header, rows, widths, year));
        Path direct = dir.resolve("direct.xlsx");
        Path poi = dir.resolve("poi.xlsx");
        TableFiles.xlsx(direct, sheet, header, rows, widths, year);
        TableFiles.xlsxThroughPoi(poi, sheet, header, rows, widths, year);
        byte[] bytes = Files.readAllBytes(direct);
        assertArrayEquals(Files.readAllBytes(poi), bytes);
        assertFalse(Files.exists(dir.resolve("direct.xlsx.tmp")));
        return bytes;
    }

    @Test
    void aTableOfTextsAndNumbersIsPoisFileByteForByte() throws IOException {
        List<List<Object>> rows = List.of(
                row("S01", "朝外街道办事处", new BigDecimal("98.50"), "资料齐全"),
                row("S02", "劲松街道办事处", new BigDecimal("-0.5"), null),
                row("S03", null, new BigDecimal("12345678901234567890.123"), "=SUM(A1:A2)"),
                row("S04", "", new BigDecimal("0.0000001"), "-扣0.5分"),
                row(null, null, null, null),
                row("S05", "多出一列", new BigDecimal("0"), "说明", "第五列"),
                row("S06"));
        byte[] file = sameAsPoi("数据", HEADER, rows, WIDTHS, 2009);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            Sheet s = wb.getSheet("数据");
            assertEquals("劲松街道办事处", s.getRow(2).getCell(1).getStringCellValue());
            assertEquals(-0.5, s.getRow(2).getCell(2).getNumericCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(2).getCellType());
            assertEquals("'=SUM(A1:A2)", s.getRow(3).getCell(3).getStringCellValue());
            assertEquals("第五列", s.getRow(6).getCell(4).getStringCellValue());
        }
    }

    @Test
    void everyCharacterSxssfEscapesIsEscapedTheSameWay() throws IOException {
        String[] texts = {"a<b>c&d\"e'f", "行一\n行二\r\n行三\t制表", "\u00A0不换行空格", "控制\u0001\u0008\u001F字符",
                "非字符\uFFFE\uFFFF", "表情😀与𠀀", "孤\uD800代理", "尾\uDC00", " 前后空白 ", "\t", "　全角空格", "]]>", "&amp;"};
        List<List<Object>> rows = new ArrayList<>();
        for (String t : texts) {
            rows.add(row("X", t, null, t + "尾"));
        }
        byte[] file = sameAsPoi("特殊字符", HEADER, rows, WIDTHS, 2010);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            Cell c = wb.getSheetAt(0).getRow(2).getCell(1);
            assertEquals("行一\n行二\r\n行三\t制表", c.getStringCellValue());
        }
    }

    @Test
    void headerOnlyTablesAndSheetNamesThatNeedQuotingAreAsPoiWritesThem() throws IOException {
        sameAsPoi("仅表头", HEADER, List.of(), WIDTHS, 2009);
        sameAsPoi("数据 2009", HEADER, List.of(row("S01", "名")), WIDTHS, 2009);
        sameAsPoi("2009", HEADER, List.of(row("S01", "名")), new int[0], 2009);
        sameAsPoi("A1", List.of("一列"), List.of(row("S01")), new int[] {255}, 2099);
        sameAsPoi("it's", HEADER, List.of(row("S01", "名")), WIDTHS, 2009);
    }

    @Test
    void whatItDoesNotTakeGoesThroughPoi() throws IOException {
        assertFalse(TableXlsx.writes("a&b", HEADER, List.of(), WIDTHS, 2009));
        assertFalse(TableXlsx.writes("a<b", HEADER, List.of(), WIDTHS, 2009));
        assertFalse(TableXlsx.writes("a[b]", HEADER, List.of(), WIDTHS, 2009));
        assertFalse(TableXlsx.writes("x".repeat(32), HEADER, List.of(), WIDTHS, 2009));
        assertFalse(TableXlsx.writes("数据", HEADER, List.of(), new int[] {256}, 2009));
        assertFalse(TableXlsx.writes("数据", HEADER, List.of(row(new BigDecimal("1e400"))), WIDTHS, 2009));
        assertFalse(TableXlsx.writes("数据", Arrays.asList("a", null), List.of(), WIDTHS, 2009));
        Path file = dir.resolve("amp.xlsx");
        TableFiles.xlsx(file, "甲&乙", HEADER, List.of(row("S01", "名", new BigDecimal("1e400"))), WIDTHS, 2009);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("甲&乙", wb.getSheetName(0));
            assertEquals(CellType.ERROR, wb.getSheetAt(0).getRow(1).getCell(2).getCellType());
        }
    }

    @Test
    void aTextTooLongForACellIsRefusedAsPoiRefusesIt() {
        List<List<Object>> rows = List.of(row("S01", "x".repeat(32768)));
        IllegalArgumentException direct = assertThrows(IllegalArgumentException.class,
                () -> TableFiles.xlsx(dir.resolve("long.xlsx"), "数据", HEADER, rows, WIDTHS, 2009));
        IllegalArgumentException poi = assertThrows(IllegalArgumentException.class,
                () -> TableFiles.xlsxThroughPoi(dir.resolve("long-poi.xlsx"), "数据", HEADER, rows, WIDTHS, 2009));
        assertEquals(poi.getMessage(), direct.getMessage());
        assertFalse(Files.exists(dir.resolve("long.xlsx")));
        assertFalse(Files.exists(dir.resolve("long.xlsx.tmp")));
    }
}
