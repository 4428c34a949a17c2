package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.List;

import org.shuangbai.text.Messages;

/**
 * The cells of a file that a reader could not resolve exactly, as problems naming sheet and cell (or
 * sheet and row when no single cell can be named). A reader lists them instead of guessing: one such
 * cell refuses the file. The list stops after {@link #LISTED}; the rest are counted.
 */
final class UnreadableCells {
    static final int LISTED = 20;

    private final List<Problem> listed = new ArrayList<>();
    private int more;

    /** Records one cell (null: the sheet, or the file when sheet is null too); what is wrong is a message key. */
    void add(String sheet, String cell, String key, Object... arguments) {
        if (listed.size() >= LISTED) {
            more++;
            return;
        }
        listed.add(Problem.ofCell(sheet, cell, Messages.text(key, arguments), Messages.text("intake.cell.todo")));
    }

    boolean any() {
        return !listed.isEmpty();
    }

    List<Problem> problems() {
        if (more == 0) {
            return List.copyOf(listed);
        }
        List<Problem> out = new ArrayList<>(listed);
        out.add(Problem.ofFile(Messages.text("intake.cell.more", "count", more), Messages.text("intake.cell.todo")));
        return List.copyOf(out);
    }

    /** Column letters of a 0-based column, also beyond the last column a sheet has (for messages). */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** A1 reference of 0-based row and column. */
    static String reference(long row, int column) {
        return columnName(column) + (row + 1);
    }
}
