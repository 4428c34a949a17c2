package org.shuangbai.forms;

import org.shuangbai.plan.FieldKey;

/**
 * One meaningful cell of a form.
 *
 * @param row    0-based row index
 * @param column 0-based column index
 * @param key    what an INPUT or FORMULA cell holds; null for a LABEL
 * @param labelId for a LABEL, a descriptive id unique in the layout (e.g. "EFF-01.name"); null otherwise
 * @param text   for a LABEL the exact text (numbers as plain decimals); for a FORMULA the formula without '='
 * @param rule   for INPUT cells; null otherwise
 * @param format how the generator presents the cell; presentation only, not part of the contract intake checks
 */
public record CellSpec(String sheet, int row, int column, CellRole role, FieldKey key, String labelId, String text,
                       InputRule rule, CellFormat format) {

    public CellSpec {
        if (format == null) {
            format = switch (role) {
                case LABEL -> CellFormat.TEXT;
                case INPUT -> CellFormat.INPUT_TEXT;
                case FORMULA -> CellFormat.SUBTOTAL;
            };
        }
    }

    /**
     * For a cell of a repeated record row (a project, an issue), the row's id ("P03", "L12"): a row
     * filled in part must be filled in whole. Null for cells that stand alone.
     */
    public String record() {
        return key instanceof FieldKey.RecordField r ? r.recordId() : null;
    }

    /** A1-style reference, e.g. "C5". */
    public String ref() {
        return columnName(column) + (row + 1);
    }

    /** Column letters of the first columns, made once: a body's workbook of 10,000 units asks 800,000 times. */
    private static final String[] COLUMN_NAMES = java.util.stream.IntStream.range(0, 1024)
            .mapToObj(CellSpec::letters).toArray(String[]::new);

    public static String columnName(int column) {
        return column >= 0 && column < COLUMN_NAMES.length ? COLUMN_NAMES[column] : letters(column);
    }

    /** The 0-based column of letters such as "AB" (the inverse of {@link #columnName}). */
    public static int columnIndex(CharSequence letters) {
        return columnIndex(letters, letters.length());
    }

    /** The 0-based column of the first {@code end} chars of a reference such as "AB12" (letters only there). */
    public static int columnIndex(CharSequence reference, int end) {
        int column = 0;
        for (int i = 0; i < end; i++) {
            column = column * 26 + (reference.charAt(i) - 'A' + 1);
        }
        return column - 1;
    }

    private static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
