package org.shuangbai.evaluation;

import org.shuangbai.text.Messages;

/**
 * A row of an export that is listed, not just counted: a bad row (what is wrong and what to do) or a
 * repeated answer (counted once, the repeats listed).
 *
 * @param line  the line (CSV) or row (.xlsx) it starts on
 * @param found the cell that is wrong, as read (null when the row as a whole is meant)
 */
public record RowNote(long line, Kind kind, String unitCode, String channelCode, String found, String what,
                      String todo) {

    public enum Kind {
        /** Not used: what is wrong is said, and what to do. */
        BAD("evaluation.noteKind.BAD"),
        /** An answer of a respondent who had answered already: counted once, this one not. */
        REPEAT("evaluation.noteKind.REPEAT");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The word people read, e.g. 问题行. */
        public String label() {
            return Messages.text(key);
        }
    }

    /** One line for people: 第 12 行：… */
    public String describe(String file) {
        return Messages.text("evaluation.note.line", "file", file, "line", line, "what", what,
                "todo", todo == null ? "" : todo);
    }
}
