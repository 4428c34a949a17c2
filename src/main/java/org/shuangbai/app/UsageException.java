package org.shuangbai.app;

/**
 * A request the workspace cannot carry out as asked (an unknown unit code, a path that does not
 * exist, a target file that already exists): the message says what to change. The CLI maps it to
 * exit code 2, the console to a form error.
 */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
