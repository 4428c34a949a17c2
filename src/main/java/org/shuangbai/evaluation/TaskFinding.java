package org.shuangbai.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.shuangbai.plan.DistrictTask;

/**
 * What the 立项 check found for one unit: a task not registered (缺项), a task registered more than once,
 * a registration naming a task that is not the unit's, a registration answering to no task, or a
 * registration matched to a task by its name only (to be confirmed by the office).
 *
 * @param task       the district task concerned; null for {@link Kind#NO_TASK}
 * @param projects   the registrations concerned, in form order (none for {@link Kind#MISSING})
 * @param similarity for {@link Kind#BY_NAME}: the name's similarity to the task's text; else null
 */
public record TaskFinding(Kind kind, String unitCode, DistrictTask task, List<RegisteredProject> projects,
                          BigDecimal similarity) {

    public TaskFinding {
        projects = List.copyOf(projects);
    }

    public enum Kind {
        /** 缺项: a task the unit leads or shares with no registration. A rectification is required. */
        MISSING(true, "taskCheck.kind.MISSING", "taskCheck.todo.MISSING"),
        /** The same task registered in several rows. A rectification is required. */
        TWICE(true, "taskCheck.kind.TWICE", "taskCheck.todo.TWICE"),
        /** 对应任务编号 names a task not on the list or not the unit's. A rectification is required. */
        UNKNOWN_TASK(true, "taskCheck.kind.UNKNOWN_TASK", "taskCheck.todo.UNKNOWN_TASK"),
        /** A registration answering to none of the unit's tasks: allowed (own work), listed for the record. */
        NO_TASK(false, "taskCheck.kind.NO_TASK", "taskCheck.todo.NO_TASK"),
        /** Matched to a task by its name, not by id: counts as registered until the office decides otherwise. */
        BY_NAME(false, "taskCheck.kind.BY_NAME", "taskCheck.todo.BY_NAME");

        private final boolean rectify;
        private final String labelKey;
        private final String todoKey;

        Kind(boolean rectify, String labelKey, String todoKey) {
            this.rectify = rectify;
            this.labelKey = labelKey;
            this.todoKey = todoKey;
        }

        /** The finding's name, e.g. 缺项 (messages.properties). */
        public String labelKey() {
            return labelKey;
        }

        /** What is to be done about it (messages.properties; placeholders id, file, confirm). */
        public String todoKey() {
            return todoKey;
        }

        /** Whether the unit must correct its registration (整改要求). */
        public boolean rectify() {
            return rectify;
        }
    }
}
