package org.shuangbai.ledger;

import java.time.Instant;

import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.InputRule;
import org.shuangbai.plan.FieldKey;

/**
 * One value of a current accepted submission, with the file, sheet and cell it came from.
 *
 * @param assessor   for score sheets the assessor key (评分单位/评分人 as filled); "" for other forms
 * @param value      normalised text: decimals plain ("8.5"), dates ISO ("2009-12-20")
 * @param kind       the input rule kind of the cell (DECIMAL values parse with {@code new BigDecimal(value)})
 * @param sourceFile the file name as received
 * @param sourcePath the path as given to ingest
 * @param fileHash   SHA-256 of the file (hex)
 * @param position   order of the field in the form's layout
 */
public record RecordedValue(String unitCode, FormKind form, String assessor, FieldKey field, String value,
                            InputRule.Kind kind, String sourceFile, String sourcePath, String sheet, String cell,
                            String fileHash, long submissionId, Instant receivedAt, int position) {

    /** Sheet and cell as one reference, e.g. 考核评分表!F7. */
    public String location() {
        return sheet + "!" + cell;
    }
}
