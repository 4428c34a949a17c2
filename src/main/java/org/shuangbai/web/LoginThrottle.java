package org.shuangbai.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} wrong passwords from one address within
 * {@link #WINDOW}, that address must wait before trying again, twice as long after each further failure
 * (one minute, two, four, … at most an hour). A correct password clears its address. Each check is slow
 * anyway (see {@link ConsolePassword}).
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration MAX_WAIT = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAddress = new HashMap<>();

    /** How long {@code address} must still wait before a login attempt is checked; zero when it may try now. */
    synchronized Duration waitFor(String address, Instant now) {
        Failures f = current(address, now);
        if (f == null || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(f.count() - FREE_FAILURES, 6));
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Instant until = f.last().plus(wait);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    synchronized void failed(String address, Instant now) {
        Failures f = current(address, now);
        byAddress.put(address, new Failures(f == null ? 1 : f.count() + 1, now));
    }

    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    private Failures current(String address, Instant now) {
        Failures f = byAddress.get(address);
        if (f != null && f.count() < FREE_FAILURES && f.last().plus(WINDOW).isBefore(now)) {
            byAddress.remove(address);
            return null;
        }
        return f;
    }
}
