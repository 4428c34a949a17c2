package org.shuangbai.intake;

import java.util.List;

import org.shuangbai.forms.FormIdentity;

/**
 * The outcome of checking one returned file.
 *
 * @param type     the format found by content; null when the file is not a readable spreadsheet
 * @param identity the identity the file claims (possibly unverified when rejected); null when absent
 * @param assessor for an accepted score sheet, the assessor key (评分单位/评分人 as filled); "" otherwise
 * @param values   the filled input cells (only for ACCEPTED)
 * @param problems every problem found (empty only for ACCEPTED)
 */
public record CheckedFile(ReceivedFile file, SpreadsheetType type, Verdict verdict, FormIdentity identity,
                          String assessor, List<FieldValue> values, List<Problem> problems) {
    public CheckedFile {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
        assessor = assessor == null ? "" : assessor;
    }

    /** Taken whole: every filled input cell, normalised. */
    public static CheckedFile accepted(ReceivedFile file, SpreadsheetType type, FormIdentity identity, String assessor,
                                       List<FieldValue> values) {
        return new CheckedFile(file, type, Verdict.ACCEPTED, identity, assessor, values, List.of());
    }

    /** Refused whole, with every problem found (type and identity as far as they could be read, else null). */
    public static CheckedFile rejected(ReceivedFile file, SpreadsheetType type, FormIdentity identity,
                                       List<Problem> problems) {
        return new CheckedFile(file, type, Verdict.REJECTED, identity, "", List.of(), problems);
    }

    /** Not a spreadsheet and not named like one: reported, not recorded. */
    public static CheckedFile skipped(ReceivedFile file, Problem why) {
        return new CheckedFile(file, null, Verdict.SKIPPED, null, "", List.of(), List.of(why));
    }

    /** Reading ran out of time: no verdict about the content. */
    public static CheckedFile notRead(ReceivedFile file, Problem why) {
        return new CheckedFile(file, null, Verdict.NOT_READ, null, "", List.of(), List.of(why));
    }

    /** The same outcome with its problems said differently (e.g. naming a matrix cell's unit and indicator). */
    CheckedFile withProblems(List<Problem> named) {
        return new CheckedFile(file, type, verdict, identity, assessor, values, named);
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }
}
