package org.shuangbai;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test that needs something of the machine (a font, LibreOffice, poppler, Chromium). On a developer's
 * machine without it the test is skipped with the reason; under CI (environment CI=true), where
 * .ci/run installs everything, a missing requirement fails the test, so nothing is silently untested.
 */
public final class MachineRequirement {
    private MachineRequirement() {
    }

    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + " — required under CI=true (.ci/run installs it)");
        }
        assumeTrue(false, what);
    }
}
