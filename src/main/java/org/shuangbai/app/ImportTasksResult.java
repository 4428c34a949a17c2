package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.shuangbai.Workspace;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.tables.RawFile;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

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

    /** The task list imported (what it holds, where it went) or refused with every problem, line by line. */
    public List<String> lines(Workspace ws) {
        List<String> out = new java.util.ArrayList<>();
        if (!imported()) {
            out.add(Messages.text("tasks.import.refused", "path", source, "count", problems.size()));
            for (PlanProblem p : problems) {
                out.add("  " + p.describe());
            }
            return out;
        }
        out.add(Messages.text("tasks.import.done", "path", source, "encoding", raw.encoding().describe(),
                "tasks", tasks, "units", units, "sources", bySource.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Lists.series()),
                "written", ws.root().relativize(written)));
        if (previous != null) {
            out.add(Messages.text("tasks.import.previous", "kept", ws.root().relativize(previous)));
        }
        if (formsToRedo) {
            out.add(Messages.text("tasks.import.redoForms"));
        }
        return out;
    }
}
