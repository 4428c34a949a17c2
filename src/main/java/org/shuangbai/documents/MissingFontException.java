package org.shuangbai.documents;

/** No usable Chinese font on this machine: documents would print boxes or nothing, so none are made. */
public final class MissingFontException extends Exception {
    public MissingFontException(String message) {
        super(message);
    }
}
