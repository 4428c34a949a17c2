package org.shuangbai.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who scores what (assessors.csv and assignments.csv): the assessing bodies, the assignment rows, and
 * whether a body may return its workbook in part. A plan without these files has {@link #NONE}: every
 * indicator and veto then comes from the units' own score sheets, as before bodies existed.
 */
public final class Assessors {
    public static final Assessors NONE = new Assessors(List.of(), List.of(), false);

    private final List<Assessor> bodies;
    private final List<Assignment> assignments;
    private final boolean partialReturns;
    /** Lookups by target and by body, built once: scoring asks per unit and indicator (410,000 times at 10,000 units). */
    private final Map<String, Assessor> byCode = new HashMap<>();
    private final Map<String, List<Assignment>> byTarget = new LinkedHashMap<>();
    private final Map<String, List<Assignment>> byBody = new LinkedHashMap<>();

    public Assessors(List<Assessor> bodies, List<Assignment> assignments, boolean partialReturns) {
        this.bodies = List.copyOf(bodies);
        this.assignments = List.copyOf(assignments);
        this.partialReturns = partialReturns;
        this.bodies.forEach(b -> byCode.putIfAbsent(b.code(), b));
        for (Assignment row : this.assignments) {
            byTarget.computeIfAbsent(row.target(), k -> new ArrayList<>()).add(row);
            if (!row.unitSheet()) {
                byBody.computeIfAbsent(row.assessorCode(), k -> new ArrayList<>()).add(row);
            }
        }
    }

    /** The bodies, in file order. */
    public List<Assessor> bodies() {
        return bodies;
    }

    /** The assignment rows, in file order. */
    public List<Assignment> assignments() {
        return assignments;
    }

    /** assessors.partial-returns: a body's workbook may come back with cells blank (they stay owed, never zero). */
    public boolean partialReturns() {
        return partialReturns;
    }

    /** Whether the plan assigns anything (else the score sheets are the only source). */
    public boolean active() {
        return !assignments.isEmpty();
    }

    public Optional<Assessor> body(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The rows of a target (indicator or veto) that cover this unit, in file order. */
    public List<Assignment> rows(String target, AssessedUnit unit) {
        List<Assignment> out = new ArrayList<>(2);
        for (Assignment a : byTarget.getOrDefault(target, List.of())) {
            if (a.scope().includes(unit)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether bodies (not the unit's score sheets) are the source of this target for this unit. */
    public boolean byBodies(String target, AssessedUnit unit) {
        for (Assignment a : byTarget.getOrDefault(target, List.of())) {
            if (!a.unitSheet() && a.scope().includes(unit)) {
                return true;
            }
        }
        return false;
    }

    /** The rule the bodies of an indicator are combined by, if bodies score it. */
    public Optional<CombinationRule> rule(String indicatorCode) {
        return byTarget.getOrDefault(indicatorCode, List.of()).stream()
                .filter(a -> a.rule() != null).map(Assignment::rule).findFirst();
    }

    /** The rows of one body, in file order. */
    public List<Assignment> rowsOf(String bodyCode) {
        return byBody.getOrDefault(bodyCode, List.of());
    }

    /** The targets (indicator and veto codes) a body scores, in file order, each once. */
    public Set<String> targetsOf(String bodyCode) {
        Set<String> out = new LinkedHashSet<>();
        rowsOf(bodyCode).forEach(a -> out.add(a.target()));
        return out;
    }

    /** Whether a body scores this target for this unit. */
    public boolean scores(String bodyCode, String target, AssessedUnit unit) {
        for (Assignment a : rowsOf(bodyCode)) {
            if (a.target().equals(target) && a.scope().includes(unit)) {
                return true;
            }
        }
        return false;
    }

    /** The units a body scores anything for, in plan order. */
    public List<AssessedUnit> unitsOf(String bodyCode, List<AssessedUnit> units) {
        List<Assignment> rows = rowsOf(bodyCode);
        return units.stream().filter(u -> rows.stream().anyMatch(a -> a.scope().includes(u))).toList();
    }
}
