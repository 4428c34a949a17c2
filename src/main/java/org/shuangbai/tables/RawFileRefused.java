package org.shuangbai.tables;

/**
 * A raw file cannot be read as a whole (too big, not text nor .xlsx, an encoding that is neither
 * UTF-8 nor GBK, a broken record): nothing of it is used. The message says what and what to do.
 */
public final class RawFileRefused extends Exception {
    private final String what;
    private final String todo;

    public RawFileRefused(String what, String todo) {
        super(what + todo);
        this.what = what;
        this.todo = todo;
    }

    public String what() {
        return what;
    }

    public String todo() {
        return todo;
    }
}
