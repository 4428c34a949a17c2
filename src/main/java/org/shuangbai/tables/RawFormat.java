package org.shuangbai.tables;

/** The raw file formats read, recognised by content: comma- or tab-separated text, or an .xlsx workbook. */
public enum RawFormat {
    CSV,
    XLSX
}
