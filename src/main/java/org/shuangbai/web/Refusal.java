package org.shuangbai.web;

/**
 * A request the console answers with an explanation instead of doing it (403 no CSRF token, 404 no such
 * file, 409 another operation runs, 413 too large, 429 too many wrong passwords, …), or with a redirect.
 */
final class Refusal extends RuntimeException {
    final int status;
    final String redirect;
    final transient Job running;

    Refusal(int status, String message) {
        this(status, message, null, null);
    }

    private Refusal(int status, String message, String redirect, Job running) {
        super(message, null, false, false);
        this.status = status;
        this.redirect = redirect;
        this.running = running;
    }

    static Refusal redirect(String location) {
        return new Refusal(303, "", location, null);
    }

    /** 409: another operation is running; the page names it and links to its progress. */
    static Refusal busy(Job running, String message) {
        return new Refusal(409, message, null, running);
    }
}
