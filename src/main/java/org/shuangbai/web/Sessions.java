package org.shuangbai.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions, kept in memory only (a restart logs everyone out): a random id in a cookie that is
 * HttpOnly (no script reads it), SameSite=Strict (never sent with a request another site starts) and
 * Secure (sent over HTTPS only; browsers treat http://127.0.0.1 and localhost as secure), and per session
 * a random token every state-changing request must carry (CSRF).
 */
final class Sessions {
    static final String COOKIE = "shuangbai_session";
    static final Duration IDLE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One browser's session; {@code signedIn} is false until the password was given (when one is required). */
    static final class Session {
        final String id;
        final String csrf;
        volatile boolean signedIn;
        volatile Instant lastSeen;

        Session(String id, String csrf, boolean signedIn, Instant now) {
            this.id = id;
            this.csrf = csrf;
            this.signedIn = signedIn;
            this.lastSeen = now;
        }

        /** Whether {@code token} is this session's CSRF token (compared in constant time). */
        boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** More live sessions than an office has browsers: the least recently used goes first. */
    static final int MAX_SESSIONS = 1000;

    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    /** The live session of this cookie value, touched; null when unknown or expired. */
    Session find(String id, Instant now) {
        if (id == null) {
            return null;
        }
        Session s = byId.get(id);
        if (s == null) {
            return null;
        }
        if (s.lastSeen.plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return null;
        }
        s.lastSeen = now;
        return s;
    }

    Session create(boolean signedIn, Instant now) {
        expire(now);
        while (byId.size() >= MAX_SESSIONS) {
            byId.values().stream().min(java.util.Comparator.comparing(x -> x.lastSeen)).ifPresent(this::drop);
        }
        Session s = new Session(token(), token(), signedIn, now);
        byId.put(s.id, s);
        return s;
    }

    /** A fresh id for a session that just signed in (the id it had before the password is never reused). */
    Session signIn(Session old, Instant now) {
        if (old != null) {
            byId.remove(old.id);
        }
        return create(true, now);
    }

    void drop(Session s) {
        if (s != null) {
            byId.remove(s.id);
        }
    }

    /** The Set-Cookie header value; {@code maxAge} 0 deletes the cookie. */
    static String cookie(String value, long maxAgeSeconds) {
        return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; Secure; SameSite=Strict";
    }

    static String cookie(Session s) {
        return cookie(s.id, IDLE.toSeconds());
    }

    private void expire(Instant now) {
        for (Iterator<Session> it = byId.values().iterator(); it.hasNext(); ) {
            if (it.next().lastSeen.plus(IDLE).isBefore(now)) {
                it.remove();
            }
        }
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
