package org.shuangbai.ledger;

import java.util.List;

import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.text.Messages;

/**
 * Where one unit stands with one form.
 *
 * @param current      the current accepted files (several for a score sheet with several assessors)
 * @param lastRejected the latest rejected file for this unit and form, or null
 * @param rejectedAfterAccepted true when a file received after the newest accepted one was rejected:
 *                     the accepted values stand, but the unit tried to correct them and must be told
 */
public record FormStatus(AssessedUnit unit, FormKind form, State state, List<FileRecord> current,
                         FileRecord lastRejected, boolean rejectedAfterAccepted) {
    public FormStatus {
        current = List.copyOf(current);
    }

    public enum State {
        MISSING("ledger.state.missing"),
        REJECTED("ledger.state.rejected"),
        ACCEPTED("ledger.state.accepted");

        private final String labelKey;

        State(String labelKey) {
            this.labelKey = labelKey;
        }

        /** The word the office reads, e.g. 未交. */
        public String label() {
            return Messages.text(labelKey);
        }
    }

    /** Whether the unit must be reminded (催报): missing, rejected, or a correction rejected. */
    public boolean needsReminder() {
        return state != State.ACCEPTED || rejectedAfterAccepted;
    }
}
