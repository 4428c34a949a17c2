package org.shuangbai.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.documents.EvaluationFiles;
import org.shuangbai.evaluation.ImportCounts;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

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

    /** What became of the file, line by line as `import ratings` prints it. */
    public List<String> lines() {
        return lines(null);
    }

    /** The same with the file's path said relative to {@code base} when it lies inside (the console's workspace). */
    public List<String> lines(Path base) {
        List<String> out = new ArrayList<>();
        Path file = path().toAbsolutePath().normalize();
        String path = base != null && file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/')
                : path().toString();
        switch (outcome()) {
            case REFUSED -> out.add(Messages.text("evaluation.cli.refused", "path", path,
                    "what", what(), "todo", todo()));
            case DUPLICATE -> out.add(Messages.text("evaluation.cli.duplicate", "path", path,
                    "id", earlier().id(), "file", earlier().fileName(), "time", earlier().importedAt()));
            case IMPORTED -> {
                out.add(Messages.text("evaluation.cli.imported", "path", path, "id", importId(),
                        "batch", batch(), "encoding", raw().encoding().describe()));
                var t = tally();
                ImportCounts c = t.counts();
                out.add(Messages.text("evaluation.cli.counts", "header", t.headerLine(),
                        "channels", Lists.enumeration(t.mapping().channels()), "rows", c.rows(), "valid", c.valid(),
                        "notCounted", c.notCounted(), "repeats", c.repeats(), "outOfPeriod", c.outOfPeriod(),
                        "unknownUnit", c.unknownUnit(), "bad", c.bad(), "blank", c.blank()));
                if (t.titleRows() > 0) {
                    out.add(Messages.text("evaluation.cli.titleRows", "rows", t.titleRows()));
                }
                if (t.read().sheet() != null) {
                    out.add(Messages.text(t.read().otherSheets().isEmpty() ? "evaluation.cli.sheet"
                                    : "evaluation.cli.otherSheets", "sheet", t.read().sheet(),
                            "others", Lists.enumeration(t.read().otherSheets())));
                }
                ImportRecord previous = earlier();
                if (previous != null) {
                    out.add(Messages.text("evaluation.cli.supersedes", "id", previous.id(),
                            "file", previous.fileName(), "time", previous.importedAt()));
                }
                if (!t.unknownUnits().isEmpty()) {
                    out.add(Messages.text("evaluation.cli.unknownUnits", "count", t.unknownUnits().size(),
                            "units", Lists.enumeration(t.unknownUnits().stream().limit(10).map(u -> Messages.text(
                                    "evaluation.cli.unknownUnit", "name", u.name(), "rows", u.rows(),
                                    "line", u.firstLine())).toList())));
                }
                if (notes() > 0) {
                    out.add(Messages.text("evaluation.cli.notes", "count", notes(),
                            "shown", firstNotes().size(), "file", EvaluationFiles.NOTES));
                    for (RowNote n : firstNotes()) {
                        out.add("    " + n.describe(raw().fileName()));
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return out;
    }
}
