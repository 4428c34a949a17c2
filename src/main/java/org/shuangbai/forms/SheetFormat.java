package org.shuangbai.forms;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Presentation of one visible sheet: column widths, row heights, merged regions, print setup. Not part
 * of what intake checks; the LABEL cells are.
 *
 * @param columnWidths   widths in characters of the workbook's default font, from column A on
 * @param rowHeights     explicit heights in points for rows whose wrapped text needs more than one line
 * @param repeatFirstRow first row (0-based) repeated at the top of every printed page; -1 for none
 * @param repeatLastRow  last such row
 * @param freezeRows     rows frozen at the top when scrolling (0: none)
 * @param printHeader    page header (left part); the right part names the form
 * @param printFooter    page footer with Excel codes (&amp;P page, &amp;N pages)
 * @param rowBreaks      rows (0-based) after which a new printed page starts, so that a category's merged
 *                       cell is not cut by an automatic page break
 * @param wide           a matrix too wide for one page: A3 paper, printed at full size across several pages
 *                       wide (with {@code repeatColumns} on each) instead of shrunk to one page wide
 * @param repeatColumns  leading columns repeated at the left of every printed page (0: none)
 * @param freezeColumns  leading columns frozen when scrolling sideways (0: none)
 */
public record SheetFormat(String sheet, boolean landscape, List<Integer> columnWidths, Map<Integer, Float> rowHeights,
                          List<Region> merged, int repeatFirstRow, int repeatLastRow, int freezeRows,
                          String printHeader, String printHeaderRight, String printFooter, List<Integer> rowBreaks,
                          boolean wide, int repeatColumns, int freezeColumns) {

    public SheetFormat {
        columnWidths = List.copyOf(columnWidths);
        rowHeights = java.util.Collections.unmodifiableMap(new TreeMap<>(rowHeights));
        merged = List.copyOf(merged);
        rowBreaks = List.copyOf(rowBreaks);
    }

    /** A sheet fitted to one page wide, no columns repeated or frozen. */
    public SheetFormat(String sheet, boolean landscape, List<Integer> columnWidths, Map<Integer, Float> rowHeights,
                       List<Region> merged, int repeatFirstRow, int repeatLastRow, int freezeRows,
                       String printHeader, String printHeaderRight, String printFooter, List<Integer> rowBreaks) {
        this(sheet, landscape, columnWidths, rowHeights, merged, repeatFirstRow, repeatLastRow, freezeRows, printHeader,
                printHeaderRight, printFooter, rowBreaks, false, 0, 0);
    }

    /** A rectangle of merged cells, 0-based and inclusive; its text is in the top-left cell. */
    public record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }
}
