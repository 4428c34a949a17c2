package org.shuangbai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled plan's assessing bodies and assignments are the seed's 责任单位 column, word for word: every
 * body named there scores that indicator, and no other; 检查组 is the year-end check groups.
 */
class BundledAssessorsTest {
    private static Plan plan;
    private static String seed;

    @BeforeAll
    static void load() throws Exception {
        plan = PlanLoader.load(Path.of("input/plan"));
        seed = PlanFiles.seed();
    }

    @Test
    void everyBodyIsNamedInTheSeed() {
        Set<String> inColumn = new TreeSet<>();
        plan.indicators().forEach(i -> inColumn.addAll(namesIn(i.responsibleUnit())));
        for (Assessor body : plan.assessors().bodies()) {
            if (body.kind() == AssessorKind.CHECK_GROUP) {
                // section 三（六）: 由区考核领导小组办公室组成若干检查组
                assertTrue(body.name().endsWith("检查组"), body.name());
                assertTrue(inColumn.contains("检查组"));
            } else {
                assertTrue(inColumn.contains(body.name()), body.name() + " is not in the 责任单位 column");
            }
            if (seed != null) {
                assertTrue(seed.contains(body.kind() == AssessorKind.CHECK_GROUP ? "组成若干检查组" : body.name()),
                        body.name());
            }
        }
    }

    @Test
    void eachIndicatorIsScoredByExactlyTheBodiesOfItsResponsibleColumn() {
        plan.indicators().forEach(i -> {
            Set<String> named = new TreeSet<>(namesIn(i.responsibleUnit()));
            Set<String> assigned = new TreeSet<>();
            for (Assignment a : plan.assessors().assignments()) {
                if (a.target().equals(i.code())) {
                    Assessor body = plan.assessors().body(a.assessorCode()).orElseThrow();
                    assigned.add(body.kind() == AssessorKind.CHECK_GROUP ? "检查组" : body.name());
                }
            }
            assertEquals(named, assigned, i.code() + " 责任单位: " + i.responsibleUnit());
        });
    }

    @Test
    void checkGroupsShareTheUnitsAndEveryUnitHasOne() {
        List<Assessor> groups = plan.assessors().bodies().stream().filter(b -> b.kind() == AssessorKind.CHECK_GROUP)
                .toList();
        assertEquals(2, groups.size());
        for (AssessedUnit u : plan.units()) {
            assertEquals(1, groups.stream().filter(g -> g.cover().includes(u)).count(), u.code());
        }
        // 会同社会办、农委对各街乡…: those two bodies join for the street offices only
        for (String name : List.of("社会办", "农委")) {
            Assessor b = plan.assessors().bodies().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            assertTrue(b.cover().includes(plan.unit("S01").orElseThrow()));
            assertFalse(b.cover().includes(plan.unit("D01").orElseThrow()));
        }
    }

    @Test
    void rulesFollowTheCheckMethods() {
        // EFF-09: 监察局牵头 → the lead's score counts
        assertEquals(CombinationRule.LEAD, plan.assessors().rule("EFF-09").orElseThrow());
        List<Assignment> eff09 = plan.assessors().rows("EFF-09", plan.unit("D05").orElseThrow());
        assertEquals(8, eff09.size());
        assertEquals(List.of("JCJ"), eff09.stream().filter(Assignment::lead).map(Assignment::assessorCode).toList());
        plan.indicators().filter(i -> !i.code().equals("EFF-09")).forEach(i ->
                assertEquals(CombinationRule.MEAN, plan.assessors().rule(i.code()).orElseThrow(), i.code()));
        // EFF-07: 监察局 for every unit, 社会办 and 农委 beside it for the street offices
        assertEquals(List.of("JCJ", "SHB", "NW"), codes(plan.assessors().rows("EFF-07", plan.unit("S10").orElseThrow())));
        assertEquals(List.of("JCJ"), codes(plan.assessors().rows("EFF-07", plan.unit("D10").orElseThrow())));
        assertFalse(plan.assessors().partialReturns());
    }

    @Test
    void everyVetoHasABodyThatFindsIt() {
        for (Veto v : plan.vetoes()) {
            for (AssessedUnit u : plan.units()) {
                assertTrue(plan.assessors().byBodies(v.code(), u), v.code() + " " + u.code());
            }
        }
    }

    private static List<String> codes(List<Assignment> rows) {
        return rows.stream().map(Assignment::assessorCode).toList();
    }

    /**
     * The bodies a 责任单位 cell names: separated by 、，, or line breaks; "建  委" is one name padded for the
     * table's layout, "执法室   审理室" two; "监察局等相关部门" is 监察局.
     */
    static Set<String> namesIn(String column) {
        Set<String> names = new LinkedHashSet<>();
        for (String piece : column.split("[、，,\\n]+")) {
            String p = piece.strip().replaceAll("等(相关)?部门$", "");
            if (p.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(p.split("\\s+")));
            if (parts.size() > 1 && parts.stream().allMatch(s -> s.length() == 1)) {
                names.add(String.join("", parts));
            } else {
                names.addAll(parts);
            }
        }
        return names.stream().filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
