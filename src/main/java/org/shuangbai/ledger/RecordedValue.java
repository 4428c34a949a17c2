package org.shuangbai.ledger;

import java.time.Instant;

import org.shuangbai.forms.FormKind;

/**
 * One value read from an accepted, current submission, with everything needed to trace it back to
 * the cell it came from. This is what scoring and export consume.
 *
 * @param assessor for score sheets the assessor key (评分单位/评分人 as filled); empty for other forms
 * @param field    the form's field code, e.g. "EFF-01.score", "V2.answer", "P03.source", "assessor.unit"
 * @param value    the value as validated text: decimals plain ("8.5"), dates ISO ("2009-12-20"), 是/否
 * @param fileHash SHA-256 of the returned file, hex
 */
public record RecordedValue(
        String unitCode,
        FormKind form,
        String assessor,
        long submissionId,
        String field,
        String value,
        String sourceFile,
        String sheet,
        String cell,
        String fileHash,
        Instant received) {
}
