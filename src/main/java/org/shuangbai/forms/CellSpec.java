package org.shuangbai.forms;

/**
 * One meaningful cell of a form.
 *
 * @param row    0-based row index
 * @param column 0-based column index
 * @param field  stable code of an INPUT or FORMULA cell (e.g. "EFF-01.score", "P03.source"); for a LABEL,
 *               a descriptive code or null
 * @param text   for a LABEL the exact text (numbers as plain decimals); for a FORMULA the formula without '='
 * @param record for INPUT cells that belong to a repeated record row (a project, an issue), its key
 *               ("P03", "L12"); null for cells that stand alone
 * @param rule   for INPUT cells; null otherwise
 * @param format how the generator presents the cell; presentation only, not part of the contract intake checks
 */
public record CellSpec(String sheet, int row, int column, CellRole role, String field, String text, String record,
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

    /** The original contract constructor: presentation defaults from the role. */
    public CellSpec(String sheet, int row, int column, CellRole role, String field, String text, String record,
                    InputRule rule) {
        this(sheet, row, column, role, field, text, record, rule, null);
    }

    /** A1-style reference, e.g. "C5". */
    public String ref() {
        return columnName(column) + (row + 1);
    }

    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
