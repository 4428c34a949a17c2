package org.shuangbai.evaluation;

/**
 * Where every data row of an export went; they add up to {@link #rows()}, so nothing is dropped
 * without being counted: valid + not counted (不了解) + repeats + out of the period + units not in the
 * plan + bad rows + blank lines.
 */
public record ImportCounts(long rows, long valid, long notCounted, long repeats, long outOfPeriod, long unknownUnit,
                           long bad, long blank) {

    /** Whether the parts add up to the whole (they always do; tests and the ledger check it). */
    public boolean balanced() {
        return rows == valid + notCounted + repeats + outOfPeriod + unknownUnit + bad + blank;
    }
}
