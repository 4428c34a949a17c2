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

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }
}
