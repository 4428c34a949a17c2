package org.shuangbai.intake;

import java.util.Arrays;

/**
 * One sheet's non-blank cells by row and column, as the streaming reader keeps them: the cells in the order
 * read, each row's cells side by side (a sheet names each row once, and a row's cells come between its start
 * and its end), and per row where its cells start. A map of boxed positions cost a node and a {@code Long}
 * per cell, and with a hash table its puts, gets and resizes were still a tenth of reading a body's workbook
 * of 10,000 units (800,000 cells): a row of cells side by side is found again without a miss of the cache.
 */
final class SheetCells {
    private int[] columns = new int[1024];
    private CellContent[] contents = new CellContent[1024];
    private int size;
    /** Per row, where its cells start and end in the arrays above (end 0: none). */
    private int[] rowStart = new int[64];
    private int[] rowEnd = new int[64];
    /** The row being read, and whether its columns came in ascending order so far. */
    private int row = -1;
    private boolean ascending;

    /** Starts a row: the cells put until the next row are its own. The caller reads each row once. */
    void startRow(int r) {
        endRow();
        if (r >= rowStart.length) {
            int capacity = Math.max(r + 1, rowStart.length * 2);
            rowStart = Arrays.copyOf(rowStart, capacity);
            rowEnd = Arrays.copyOf(rowEnd, capacity);
        }
        row = r;
        rowStart[r] = size;
        rowEnd[r] = size;
        ascending = true;
    }

    /** A cell of the row started last; its column differs from those of the row's other cells. */
    void put(int column, CellContent content) {
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            contents = Arrays.copyOf(contents, size * 2);
        }
        if (size > rowStart[row] && columns[size - 1] > column) {
            ascending = false;
        }
        columns[size] = column;
        contents[size] = content;
        size++;
        rowEnd[row] = size;
    }

    /** Ends the row started last, its cells put in column order (a file may list them in any order). */
    void endRow() {
        if (row >= 0 && !ascending) {
            int from = rowStart[row];
            int to = rowEnd[row];
            Integer[] order = new Integer[to - from];
            for (int i = 0; i < order.length; i++) {
                order[i] = from + i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(columns[a], columns[b]));
            int[] c = new int[order.length];
            CellContent[] v = new CellContent[order.length];
            for (int i = 0; i < order.length; i++) {
                c[i] = columns[order[i]];
                v[i] = contents[order[i]];
            }
            System.arraycopy(c, 0, columns, from, c.length);
            System.arraycopy(v, 0, contents, from, v.length);
        }
        row = -1;
    }

    /** The cell's content, blank when the sheet holds none there. */
    CellContent get(int r, int column) {
        if (r < 0 || r >= rowStart.length) {
            return CellContent.BLANK;
        }
        int from = rowStart[r];
        int to = rowEnd[r];
        if (from == to) {
            return CellContent.BLANK;
        }
        // a row filled from its first column on holds column c at from + c - first
        int guess = from + column - columns[from];
        if (guess >= from && guess < to && columns[guess] == column) {
            return contents[guess];
        }
        int at = Arrays.binarySearch(columns, from, to, column);
        return at >= 0 ? contents[at] : CellContent.BLANK;
    }
}
