package org.shuangbai.forms;

/** How a cell looks on screen and paper; the generator maps each to one cell style. */
public enum CellFormat {
    /** The form's title: 黑体, large, centred. */
    TITLE,
    /** A line under the title (unit, year): 宋体, left. */
    SUBTITLE,
    /** A column header of a table: 黑体, centred, bordered, shaded. */
    COLUMN_HEADER,
    /** Body text of a table: 宋体, wrapped, bordered. */
    TEXT,
    /** Short body text, centred (numbers of rows, category names). */
    TEXT_CENTER,
    /** A locked number (max scores, row numbers), written as a numeric cell. */
    NUMBER,
    /** Free paragraph text without borders (instructions). */
    PARAGRAPH,
    /** A label beside a stand-alone input ("填报人"). */
    FIELD_LABEL,
    INPUT_TEXT,
    INPUT_NUMBER,
    INPUT_DATE,
    INPUT_CHOICE,
    /** A subtotal or total (formula or its locked max score beside it). */
    SUBTOTAL,
    /** A locked, greyed cell where nothing is to be filled (a unit this body does not score on that indicator). */
    NOT_SCORED,
    /** The zebra variants of a matrix's even rows, so a row of 40 columns can be followed by eye. */
    TEXT_BAND,
    TEXT_CENTER_BAND,
    INPUT_NUMBER_BAND,
    INPUT_TEXT_BAND,
    INPUT_CHOICE_BAND;

    /**
     * Formats only the bodies' workbooks use: their cell styles are added to a workbook only when its layout
     * uses them, so the unit forms keep the styles (and bytes) they always had.
     */
    boolean addedWhenUsed() {
        return ordinal() >= NOT_SCORED.ordinal();
    }

    /** The zebra variant of a format on an even row of a matrix (the format itself when it has none). */
    CellFormat banded() {
        return switch (this) {
            case TEXT -> TEXT_BAND;
            case TEXT_CENTER -> TEXT_CENTER_BAND;
            case INPUT_NUMBER -> INPUT_NUMBER_BAND;
            case INPUT_TEXT -> INPUT_TEXT_BAND;
            case INPUT_CHOICE -> INPUT_CHOICE_BAND;
            default -> this;
        };
    }
}
