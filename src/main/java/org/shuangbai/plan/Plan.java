package org.shuangbai.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 考核方案: everything the year's assessment is defined by, loaded from input/plan/.
 *
 * @param tasks the district's task list of the year (tasks.csv); {@link TaskList#NONE} without one
 * @param assessors who scores what (assessors.csv, assignments.csv); {@link Assessors#NONE} when the units'
 *                  own score sheets are the only source
 */
public record Plan(
        Settings settings,
        List<IndicatorSystem> systems,
        List<Veto> vetoes,
        List<AssessedUnit> units,
        Map<String, List<String>> lists,
        TaskList tasks,
        Assessors assessors) {

    /*
     * The value lists of lists.csv that the forms use. Each is named in lists.csv by the text of its key in
     * messages.properties (项目来源, 问题类别, 整改状态, 评分单位; as reworded or as bundled); the loader
     * files it under the key, so list(LIST_ASSESSORS) finds it however the office words the name.
     */
    public static final String LIST_PROJECT_SOURCES = "plan.list.projectSources";
    public static final String LIST_ISSUE_CATEGORIES = "plan.list.issueCategories";
    public static final String LIST_ISSUE_STATUSES = "plan.list.issueStatuses";
    public static final String LIST_ASSESSORS = "plan.list.assessors";

    /** The lists the forms need, by key. */
    public static final List<String> FORM_LISTS = List.of(LIST_PROJECT_SOURCES, LIST_ISSUE_CATEGORIES,
            LIST_ISSUE_STATUSES, LIST_ASSESSORS);

    public Plan {
        systems = List.copyOf(systems);
        vetoes = List.copyOf(vetoes);
        units = units instanceof Units indexed ? indexed : new Units(units);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        lists = java.util.Collections.unmodifiableMap(copy);
        tasks = tasks == null ? TaskList.NONE : tasks;
        assessors = assessors == null ? Assessors.NONE : assessors;
    }

    /** A plan without a task list, whose units' score sheets are the only source of scores. */
    public Plan(Settings settings, List<IndicatorSystem> systems, List<Veto> vetoes, List<AssessedUnit> units,
                Map<String, List<String>> lists) {
        this(settings, systems, vetoes, units, lists, TaskList.NONE, Assessors.NONE);
    }

    /** This plan with another task list (the one being imported, before it is written). */
    public Plan withTasks(TaskList taskList) {
        return new Plan(settings, systems, vetoes, units, lists, taskList, assessors);
    }

    /** The unit with this code (the first, should a plan repeat one); found by index, not by scanning. */
    public Optional<AssessedUnit> unit(String code) {
        return Optional.ofNullable(((Units) units).byCode.get(code));
    }

    /**
     * The units, read-only, with an index by code: lookups run per file and per value (an export of
     * 10,000 units has over a million values), where a scan of the list made them quadratic.
     */
    private static final class Units extends java.util.AbstractList<AssessedUnit> implements java.util.RandomAccess {
        private final List<AssessedUnit> list;
        private final Map<String, AssessedUnit> byCode = new java.util.HashMap<>();

        Units(List<AssessedUnit> units) {
            this.list = List.copyOf(units);
            for (AssessedUnit u : list) {
                byCode.putIfAbsent(u.code(), u);
            }
        }

        @Override
        public AssessedUnit get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    public Optional<IndicatorSystem> system(String code) {
        return systems.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Stream<Indicator> indicators() {
        return systems.stream().flatMap(IndicatorSystem::indicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Veto> veto(String code) {
        return vetoes.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    public List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    public List<AssessedUnit> units(UnitGroup group) {
        return units.stream().filter(u -> u.group() == group).toList();
    }
}
