package org.shuangbai.intake;

import java.util.List;
import java.util.Map;

/** A returned spreadsheet opened for reading, whatever its format. */
public interface ReturnedWorkbook extends AutoCloseable {

    SpreadsheetType type();

    /** Every sheet, hidden ones included, in workbook order. */
    List<String> sheetNames();

    /** The cell at 0-based row and column; BLANK when absent or the sheet does not exist. */
    CellContent cell(String sheet, int row, int column);

    /** Document custom properties (name to value), for the identity fallback; empty when none. */
    Map<String, String> customProperties();

    /**
     * Hyperlinks and formulas anywhere in the workbook that point outside it (another file, a web
     * address, a DDE program), each with its sheet and cell (null when only the package says so).
     * Only listed, never followed or evaluated.
     */
    default List<OutsideLink> outsideLinks() {
        return List.of();
    }

    /** One link out of the workbook: where it is and what it points to. */
    record OutsideLink(String sheet, String cell, String target, boolean hyperlink) {
    }

    /**
     * The cells whose content cannot be resolved exactly (see {@link XlsxStreamWorkbook}), each as a
     * problem naming sheet and cell; any one refuses the file. Such cells read as BLANK.
     */
    default List<Problem> unreadableCells() {
        return List.of();
    }

    /** Whether numeric dates count from 1904 (old Mac Excel) instead of 1900. */
    default boolean date1904() {
        return false;
    }

    @Override
    void close();
}
