package org.shuangbai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * The bundled plan for tests, in its two flows: with its assessing bodies (assessors.csv, assignments.csv:
 * bodies score the indicators in their own workbooks, the units' score sheets give the self scores), or
 * without them (the units' score sheets are the only source: the flow of a plan without bodies, which tests
 * of score sheets, intake and scoring exercise).
 */
public final class TestPlans {
    private static Plan bundled;
    private static Plan unitSheets;

    private TestPlans() {
    }

    /** The bundled plan, bodies and all. */
    public static synchronized Plan bundled() {
        if (bundled == null) {
            try {
                bundled = PlanLoader.load(Path.of("input/plan"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return bundled;
    }

    /** The bundled plan without its bodies: every score from the units' score sheets. */
    public static synchronized Plan unitSheets() {
        if (unitSheets == null) {
            Plan p = bundled();
            unitSheets = new Plan(p.settings(), p.systems(), p.vetoes(), p.units(), p.lists());
        }
        return unitSheets;
    }

    /**
     * Takes the bodies out of a workspace's plan (as {@code init} made it): its units' score sheets become the
     * only source of scores, the flow of a plan without bodies.
     */
    public static void withoutBodies(Path workspaceRoot) throws IOException {
        for (String f : PlanLoader.OPTIONAL_FILES) {
            Files.deleteIfExists(workspaceRoot.resolve("input/plan").resolve(f));
        }
    }

    /** Copies the bundled plan into {@code planDir}; the bodies' files only if asked. */
    public static void copy(Path planDir, boolean withBodies) throws IOException {
        Files.createDirectories(planDir);
        try (var files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                if (withBodies || !PlanLoader.OPTIONAL_FILES.contains(f.getFileName().toString())) {
                    Files.copy(f, planDir.resolve(f.getFileName()));
                }
            }
        }
    }
}
