package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.evaluation.UnitTaskCheck;
import org.shuangbai.plan.Plan;

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
}
