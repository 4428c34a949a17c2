package org.shuangbai.evaluation;

/**
 * A tally as the ledger keeps it: with the import it came from (file name and ledger id) and the
 * fingerprint of the rules it was read under.
 */
public record SourcedTally(UnitChannelTally tally, long importId, String fileName, String rulesFingerprint) {
}
