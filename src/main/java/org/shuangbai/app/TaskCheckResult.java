package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.evaluation.TaskCheck;
import org.shuangbai.evaluation.TaskFinding;
import org.shuangbai.evaluation.UnitTaskCheck;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * What {@link CheckTasks} found and wrote.
 *
 * @param decisions how many of the office's decisions (task-matches.csv) were applied
 * @param files     the files written under output/tasks/
 */
public record TaskCheckResult(Plan plan, List<UnitTaskCheck> checks, int decisions, List<Path> files) {
    public TaskCheckResult {
        checks = List.copyOf(checks);
        files = List.copyOf(files);
    }

    /** The totals as one sentence: units, returns, units to correct, findings by kind, decisions applied. */
    public String totals() {
        return Messages.text("taskCheck.cli.total", "units", checks.size(),
                "returned", checks.stream().filter(UnitTaskCheck::returned).count(),
                "rectify", checks.stream().filter(UnitTaskCheck::rectify).count(),
                "missing", total(TaskFinding.Kind.MISSING), "twice", total(TaskFinding.Kind.TWICE),
                "unknown", total(TaskFinding.Kind.UNKNOWN_TASK), "noTask", total(TaskFinding.Kind.NO_TASK),
                "byName", total(TaskFinding.Kind.BY_NAME), "threshold", TaskCheck.THRESHOLD,
                "decisions", decisions);
    }

    private long total(TaskFinding.Kind kind) {
        return checks.stream().mapToLong(c -> c.count(kind)).sum();
    }
}
