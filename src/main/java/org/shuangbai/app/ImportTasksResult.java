package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.shuangbai.tables.RawFile;
import org.shuangbai.plan.PlanProblem;

/**
 * What `import tasks` did: the tasks taken into the plan (input/plan/tasks.csv), or every problem that
 * refused the file (nothing written then).
 *
 * @param raw           the file as recognised (encoding), null when it could not be read at all
 * @param bySource      tasks per 来源, in list order
 * @param previous      where the task list it replaced was kept, or null
 * @param formsToRedo   whether registration forms were generated before: they lack the task column
 */
public record ImportTasksResult(Path source, RawFile raw, int tasks, int units, Map<String, Integer> bySource,
                                List<PlanProblem> problems, Path written, Path previous, boolean formsToRedo) {
    public ImportTasksResult {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return written != null;
    }
}
