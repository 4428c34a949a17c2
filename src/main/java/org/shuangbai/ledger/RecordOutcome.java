package org.shuangbai.ledger;

/**
 * What recording one checked file did to the ledger.
 *
 * @param fileId          the new record, or for a duplicate the earlier record with the same content
 * @param superseded      the file id whose submission this one replaced, or null
 */
public record RecordOutcome(Kind kind, long fileId, Long superseded) {
    public enum Kind { ACCEPTED, REJECTED, DUPLICATE }
}
