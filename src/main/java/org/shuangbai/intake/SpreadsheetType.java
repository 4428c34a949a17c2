package org.shuangbai.intake;

/** The spreadsheet formats intake reads, recognised by content, never by file name. */
public enum SpreadsheetType {
    XLSX, XLS, ODS
}
