package org.shuangbai.ledger;

/** The ledger cannot be opened or written; the message (Chinese) says why and what to do. */
public class LedgerException extends RuntimeException {
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }

    public LedgerException(String message) {
        super(message);
    }
}
