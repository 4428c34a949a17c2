package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Five free failures per address, then a wait that doubles with each further failure, up to an hour. */
class LoginThrottleTest {
    static final Instant T = Instant.parse("2010-01-15T09:00:00Z");

    @Test
    void theWaitDoublesAfterTheFreeFailuresAndARightPasswordClearsIt() {
        LoginThrottle t = new LoginThrottle();
        for (int i = 0; i < 4; i++) {
            t.failed("10.0.0.5", T);
        }
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.5", T));
        t.failed("10.0.0.5", T);
        assertEquals(Duration.ofMinutes(1), t.waitFor("10.0.0.5", T));
        assertEquals(Duration.ofSeconds(30), t.waitFor("10.0.0.5", T.plusSeconds(30)));
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.5", T.plusSeconds(60)));
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.6", T), "another address is not slowed");
        t.failed("10.0.0.5", T.plusSeconds(60));
        assertEquals(Duration.ofMinutes(2), t.waitFor("10.0.0.5", T.plusSeconds(60)));
        for (int i = 0; i < 10; i++) {
            t.failed("10.0.0.5", T.plusSeconds(60));
        }
        assertEquals(Duration.ofHours(1), t.waitFor("10.0.0.5", T.plusSeconds(60)), "at most an hour");
        t.succeeded("10.0.0.5");
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.5", T.plusSeconds(61)));
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        LoginThrottle t = new LoginThrottle();
        for (int i = 0; i < 4; i++) {
            t.failed("10.0.0.5", T);
        }
        t.failed("10.0.0.5", T.plus(LoginThrottle.WINDOW).plusSeconds(1));
        assertEquals(Duration.ZERO, t.waitFor("10.0.0.5", T.plus(LoginThrottle.WINDOW).plusSeconds(1)));
    }
}
