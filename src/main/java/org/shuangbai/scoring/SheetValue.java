package org.shuangbai.scoring;

import org.shuangbai.plan.FieldKey;

/**
 * One filled cell of a current score sheet, as scoring reads it: whose sheet (unit, assessor, the
 * submission that made it current), which field, the value as recorded (plain decimals, 是/否, text),
 * and the file, sheet and cell it came from so every figure can be traced. The application layer maps
 * the ledger's records to these; scoring knows nothing of the ledger. A figure computed from raw data
 * rather than returned on a sheet (公共评议 from the imported ratings) has submission {@link #RAW_DATA}.
 */
public record SheetValue(String unitCode, String assessor, long submissionId, FieldKey field, String value,
                         String sourceFile, String sheet, String cell, String fileHash) {
    /** The submission id of values computed from raw data: no accepted file has it (ids start at 1). */
    public static final long RAW_DATA = 0;

    public SheetValue {
        assessor = assessor == null ? "" : assessor;
    }
}
