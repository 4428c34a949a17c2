package org.shuangbai.intake;

/** The spreadsheet formats intake reads, recognised by content, never by file name. */
public enum SpreadsheetType {
    XLSX("Excel 2007+ 工作簿（.xlsx）"),
    XLS("Excel 97-2003 工作簿（.xls）"),
    ODS("OpenDocument 电子表格（.ods）");

    private final String label;

    SpreadsheetType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
