package org.shuangbai.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** 考核方案: everything the year's assessment is defined by, loaded from input/plan/. */
public record Plan(
        Settings settings,
        List<IndicatorSystem> systems,
        List<Veto> vetoes,
        List<AssessedUnit> units,
        Map<String, List<String>> lists) {

    /** Names of the value lists in lists.csv that the forms use. */
    public static final String LIST_PROJECT_SOURCES = "项目来源";
    public static final String LIST_ISSUE_CATEGORIES = "问题类别";
    public static final String LIST_ISSUE_STATUSES = "整改状态";
    public static final String LIST_ASSESSORS = "评分单位";

    public Plan {
        systems = List.copyOf(systems);
        vetoes = List.copyOf(vetoes);
        units = List.copyOf(units);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        lists = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<AssessedUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
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

    public List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    public List<AssessedUnit> units(UnitGroup group) {
        return units.stream().filter(u -> u.group() == group).toList();
    }
}
