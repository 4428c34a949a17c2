package org.shuangbai.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.DistrictTask;
import org.shuangbai.plan.Plan;

/**
 * 缺项漏项 (section 五(一)): each unit's registered projects matched to the district tasks it leads or
 * shares. A row is matched
 * <ol>
 * <li>by the office's decision for that row (task-matches.csv), when there is one;</li>
 * <li>else by its 对应任务编号, when filled — an id that is not one of the unit's tasks is a finding;</li>
 * <li>else by name: to the unit's task whose text shares the largest part of the name's character pairs,
 * when that part is at least {@link #THRESHOLD} (see {@link #similarity}). Such a match counts as
 * registered and is listed for the office to confirm or override.</li>
 * </ol>
 * Then every task of the unit with no row is missing, and with several rows registered twice. Pure and
 * deterministic: plan order of units, list order of tasks, form order of rows.
 */
public final class TaskCheck {
    /** Share of a name's character pairs found in a task's text from which the name is taken to mean that task. */
    public static final BigDecimal THRESHOLD = new BigDecimal("0.60");

    private TaskCheck() {
    }

    /**
     * @param forms     the units' current registration forms; a unit absent has not returned it
     * @param projects  the registrations of those forms, any order
     * @param decisions the office's decisions, by unit code and row
     * @return one check per unit of the plan that has tasks or a registration form, in plan order
     */
    public static List<UnitTaskCheck> check(Plan plan, List<RegistrationForm> forms, List<RegisteredProject> projects,
                                            List<TaskMatchDecision> decisions) {
        Map<String, RegistrationForm> formOf = new LinkedHashMap<>();
        forms.forEach(f -> formOf.putIfAbsent(f.unitCode(), f));
        Map<String, List<RegisteredProject>> byUnit = new LinkedHashMap<>();
        projects.stream().sorted(Comparator.comparingInt(RegisteredProject::row))
                .forEach(p -> byUnit.computeIfAbsent(p.unitCode(), k -> new ArrayList<>()).add(p));
        Map<String, TaskMatchDecision> decided = new LinkedHashMap<>();
        decisions.forEach(d -> decided.put(d.unitCode() + "|" + d.row(), d));
        List<UnitTaskCheck> out = new ArrayList<>();
        for (AssessedUnit unit : plan.units()) {
            List<DistrictTask> own = plan.tasks().of(unit.code());
            RegistrationForm form = formOf.get(unit.code());
            if (form == null) {
                if (!own.isEmpty()) {
                    out.add(new UnitTaskCheck(unit.code(), null, own.size(), 0, List.of()));
                }
                continue;
            }
            out.add(checkUnit(plan, form, own, byUnit.getOrDefault(unit.code(), List.of()), decided));
        }
        return out;
    }

    private static UnitTaskCheck checkUnit(Plan plan, RegistrationForm form, List<DistrictTask> own,
                                           List<RegisteredProject> rows, Map<String, TaskMatchDecision> decided) {
        String unit = form.unitCode();
        Map<DistrictTask, List<RegisteredProject>> matched = new LinkedHashMap<>();
        own.forEach(t -> matched.put(t, new ArrayList<>()));
        List<TaskFinding> rowFindings = new ArrayList<>();
        for (RegisteredProject p : rows) {
            TaskMatchDecision decision = decided.get(unit + "|" + p.row());
            String id = decision != null ? decision.taskId() : p.taskId();
            if (!id.isEmpty()) {
                DistrictTask task = own.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
                if (task != null) {
                    matched.get(task).add(p);
                } else {
                    rowFindings.add(new TaskFinding(TaskFinding.Kind.UNKNOWN_TASK, unit,
                            plan.tasks().task(id).orElse(null), List.of(p), null));
                }
                continue;
            }
            DistrictTask best = null;
            BigDecimal bestSimilarity = BigDecimal.ZERO;
            if (decision == null) { // the office's "none" is final; else try the name
                for (DistrictTask t : own) {
                    BigDecimal s = similarity(p.name(), t.text());
                    if (s.compareTo(bestSimilarity) > 0) {
                        best = t;
                        bestSimilarity = s;
                    }
                }
            }
            if (best != null && bestSimilarity.compareTo(THRESHOLD) >= 0) {
                matched.get(best).add(p);
                rowFindings.add(new TaskFinding(TaskFinding.Kind.BY_NAME, unit, best, List.of(p), bestSimilarity));
            } else {
                rowFindings.add(new TaskFinding(TaskFinding.Kind.NO_TASK, unit, null, List.of(p), null));
            }
        }
        List<TaskFinding> findings = new ArrayList<>();
        matched.forEach((task, registered) -> {
            if (registered.isEmpty()) {
                findings.add(new TaskFinding(TaskFinding.Kind.MISSING, unit, task, List.of(), null));
            } else if (registered.size() > 1) {
                findings.add(new TaskFinding(TaskFinding.Kind.TWICE, unit, task, registered, null));
            }
        });
        findings.addAll(rowFindings);
        return new UnitTaskCheck(unit, form, own.size(), rows.size(), findings);
    }

    /**
     * How much of a project's name is in a task's text: of the name's distinct pairs of adjacent
     * characters (letters, digits and 汉字 only; spaces and punctuation dropped), the share that also occurs
     * in the text, to two decimals rounded down. "背街小巷环境整治" in "完成背街小巷环境整治100条" is 1.00;
     * a name of fewer than two characters is 0.
     */
    public static BigDecimal similarity(String name, String text) {
        Set<String> pairs = pairs(name);
        if (pairs.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        Set<String> in = pairs(text);
        long shared = pairs.stream().filter(in::contains).count();
        return BigDecimal.valueOf(shared).divide(BigDecimal.valueOf(pairs.size()), 2, RoundingMode.DOWN);
    }

    private static Set<String> pairs(String s) {
        StringBuilder kept = new StringBuilder();
        (s == null ? "" : s).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        Set<String> pairs = new HashSet<>();
        int[] cps = kept.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new String(cps, i, 2));
        }
        return pairs;
    }
}
