package org.shuangbai.cli;

import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.app.CheckTasks;
import org.shuangbai.app.TaskCheckResult;
import org.shuangbai.documents.TaskCheckFiles;
import org.shuangbai.evaluation.TaskFinding;
import org.shuangbai.evaluation.UnitTaskCheck;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `tasks`: the 立项 check of the registrations in the ledger against the district's task list, to output/tasks/. */
@Command(name = "tasks", mixinStandardHelpOptions = true)
public final class TasksCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        var office = workspaceOption.office();
        TaskCheckResult r = CheckTasks.run(office.workspace());
        print(office.workspace(), r);
        return r.checks().stream().anyMatch(c -> c.rectify() || !c.returned()) ? ExitCode.SOME_REJECTED : ExitCode.OK;
    }

    /**
     * The totals, then each unit to correct or still owing its form with what was found (a match by name
     * is shown too: the office is to confirm it); registrations of the unit's own choosing only counted.
     */
    static void print(Workspace ws, TaskCheckResult r) {
        var checks = r.checks();
        Console.OUT.println(r.totals());
        for (UnitTaskCheck c : checks) {
            AssessedUnit unit = r.plan().unit(c.unitCode()).orElseThrow();
            if (!c.returned()) {
                Console.OUT.println("  " + Messages.text("taskCheck.notReturned", "unit", unit.name(), "tasks", c.tasks()));
                continue;
            }
            if (c.findings().stream().noneMatch(f -> f.kind() != TaskFinding.Kind.NO_TASK)) {
                continue;
            }
            Console.OUT.println("  " + Messages.text("taskCheck.cli.unit", "unit", unit.name(), "code", unit.code(),
                    "verdict", TaskCheckFiles.verdict(c), "tasks", c.tasks(), "registrations", c.registrations()));
            for (TaskFinding f : c.findings()) {
                if (f.kind() != TaskFinding.Kind.NO_TASK) {
                    Console.OUT.println("    " + Messages.text("taskCheck.cli.finding", "kind", TaskCheckFiles.kind(f.kind()),
                            "text", TaskCheckFiles.describe(r.plan(), c, f), "todo", TaskCheckFiles.todo(f)));
                }
            }
        }
        Console.OUT.println(Messages.text("taskCheck.cli.files", "dir", ws.root().relativize(ws.tasksDir()),
                "letters", checks.stream().filter(UnitTaskCheck::rectify).count(),
                "lettersDir", Messages.text("taskCheck.file.rectificationDir"),
                "report", Messages.text("taskCheck.file.report"), "summary", Messages.text("taskCheck.file.summary"),
                "findings", Messages.text("taskCheck.file.findings"), "confirm", Messages.text("taskCheck.file.toConfirm")));
    }

}
