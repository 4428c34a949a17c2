package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.evaluation.ImportTally;
import org.shuangbai.evaluation.RowNote;
import org.shuangbai.tables.RawFile;
import org.shuangbai.ledger.ImportRecord;

/**
 * What became of one rating export.
 *
 * @param raw         the file as recognised (encoding, format); null when it could not even be inspected
 * @param importId    the ledger's id of the new import (IMPORTED)
 * @param earlier     for DUPLICATE the import with the same bytes; for IMPORTED the one of the same batch it
 *                    supersedes (or null)
 * @param firstNotes  the first rows it listed (all are in the ledger and output/evaluation/)
 * @param what        for REFUSED, what is wrong; {@code todo} what to do
 */
public record RatingFileReport(Path path, Outcome outcome, RawFile raw, String batch, Long importId, ImportRecord earlier,
                               ImportTally tally, List<RowNote> firstNotes, long notes, String what, String todo) {

    public enum Outcome {
        /** Read to the end and recorded (possibly with bad rows listed). */
        IMPORTED,
        /** The same bytes were imported before: nothing changed. */
        DUPLICATE,
        /** Not used at all (wrong header, too big, unreadable); nothing changed. */
        REFUSED
    }

    public RatingFileReport {
        firstNotes = firstNotes == null ? List.of() : List.copyOf(firstNotes);
    }

    /** Whether everything in the file was used or set aside by a rule (no bad rows, not refused). */
    public boolean clean() {
        return outcome != Outcome.REFUSED && (tally == null || tally.counts().bad() == 0);
    }
}
