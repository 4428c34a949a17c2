package org.shuangbai.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 区任务清单: the district's tasks of the year (tasks.csv), indexed by id and by the units they concern.
 * A plan without tasks.csv has {@link #NONE}: no task column on the registration form, nothing to check.
 */
public final class TaskList {
    public static final TaskList NONE = new TaskList(List.of());

    private final List<DistrictTask> tasks;
    private final Map<String, DistrictTask> byId = new HashMap<>();
    private final Map<String, List<DistrictTask>> byUnit = new LinkedHashMap<>();

    public TaskList(List<DistrictTask> tasks) {
        this.tasks = List.copyOf(tasks);
        for (DistrictTask t : this.tasks) {
            byId.putIfAbsent(t.id(), t);
            byUnit.computeIfAbsent(t.leadCode(), k -> new ArrayList<>()).add(t);
            for (String p : t.partnerCodes()) {
                List<DistrictTask> own = byUnit.computeIfAbsent(p, k -> new ArrayList<>());
                if (!own.contains(t)) {
                    own.add(t);
                }
            }
        }
        byUnit.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }

    public List<DistrictTask> all() {
        return tasks;
    }

    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    public Optional<DistrictTask> task(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The tasks a unit leads or shares, in the list's order. */
    public List<DistrictTask> of(String unitCode) {
        return byUnit.getOrDefault(unitCode, List.of());
    }
}
