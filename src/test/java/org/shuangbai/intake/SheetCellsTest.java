package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A sheet's cells found again by row and column, whatever order the file lists rows and cells in. */
class SheetCellsTest {
    private static CellContent text(String s) {
        return CellContent.text(s, null);
    }

    @Test
    void cellsAreFoundWhereTheyWerePutAndBlankElsewhere() {
        SheetCells cells = new SheetCells();
        cells.startRow(0);
        cells.put(0, text("A1"));
        cells.put(1, text("B1"));
        cells.put(4, text("E1"));
        cells.endRow();
        cells.startRow(2000);
        cells.put(3, text("D2001"));
        cells.endRow();
        cells.startRow(1);
        cells.endRow();

        assertEquals("A1", cells.get(0, 0).text());
        assertEquals("B1", cells.get(0, 1).text());
        assertEquals("E1", cells.get(0, 4).text());
        assertEquals("D2001", cells.get(2000, 3).text());
        assertSame(CellContent.BLANK, cells.get(0, 2));
        assertSame(CellContent.BLANK, cells.get(0, 5));
        assertSame(CellContent.BLANK, cells.get(1, 0));
        assertSame(CellContent.BLANK, cells.get(2, 0));
        assertSame(CellContent.BLANK, cells.get(2000, 0));
        assertSame(CellContent.BLANK, cells.get(5000, 3));
        assertSame(CellContent.BLANK, cells.get(-1, 0));
    }

    @Test
    void aRowWhoseCellsComeInAnyOrderIsReadAlike() {
        SheetCells cells = new SheetCells();
        cells.startRow(3);
        cells.put(7, text("H4"));
        cells.put(2, text("C4"));
        cells.put(16383, text("XFD4"));
        cells.put(0, text("A4"));
        cells.startRow(4); // a row's end is implied by the next row's start
        cells.put(1, text("B5"));
        cells.endRow();

        assertEquals("A4", cells.get(3, 0).text());
        assertEquals("C4", cells.get(3, 2).text());
        assertEquals("H4", cells.get(3, 7).text());
        assertEquals("XFD4", cells.get(3, 16383).text());
        assertSame(CellContent.BLANK, cells.get(3, 1));
        assertEquals("B5", cells.get(4, 1).text());
    }

    @Test
    void manyCellsOutgrowTheFirstArrays() {
        SheetCells cells = new SheetCells();
        for (int r = 5000; r >= 0; r -= 5) {
            cells.startRow(r);
            for (int c = 0; c < 3; c++) {
                cells.put(c, text(r + ":" + c));
            }
            cells.endRow();
        }
        assertEquals("5000:2", cells.get(5000, 2).text());
        assertEquals("0:0", cells.get(0, 0).text());
        assertEquals("2505:1", cells.get(2505, 1).text());
        assertSame(CellContent.BLANK, cells.get(2506, 1));
    }
}
