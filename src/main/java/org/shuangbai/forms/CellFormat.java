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
    SUBTOTAL
}
