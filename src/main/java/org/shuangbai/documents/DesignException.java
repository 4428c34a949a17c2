package org.shuangbai.documents;

/** A report design the office edited cannot be compiled or loaded; the message says which and why. */
public final class DesignException extends Exception {
    public DesignException(String message, Throwable cause) {
        super(message, cause);
    }
}
