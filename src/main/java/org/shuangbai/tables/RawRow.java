package org.shuangbai.tables;

/**
 * One row of a raw file as read: the line it starts on (for CSV the physical line, a quoted field may
 * span several; for .xlsx the sheet's row number), its cell texts, and for .xlsx which cells held a
 * formula (never evaluated; their cached values are not used).
 */
public record RawRow(long line, String[] cells, boolean[] formulas) {

    /** The text of cell {@code i} (0-based), "" when the row is shorter. */
    public String cell(int i) {
        return i >= 0 && i < cells.length && cells[i] != null ? cells[i] : "";
    }

    public boolean formula(int i) {
        return formulas != null && i >= 0 && i < formulas.length && formulas[i];
    }

    /** Whether every cell is empty or blank (an empty line between records). */
    public boolean blank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return formulas == null;
    }
}
