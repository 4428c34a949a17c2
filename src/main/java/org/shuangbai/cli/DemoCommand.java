package org.shuangbai.cli;

import java.util.concurrent.Callable;

import org.shuangbai.Workspace;
import org.shuangbai.app.DemoListener;
import org.shuangbai.app.ExportResult;
import org.shuangbai.app.GenerateResult;
import org.shuangbai.app.ImportRatingsResult;
import org.shuangbai.app.ImportTasksResult;
import org.shuangbai.app.TaskCheckResult;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.RenderResult;
import org.shuangbai.app.RunDemo;
import org.shuangbai.app.ScoreResult;
import org.shuangbai.app.StatusResult;
import org.shuangbai.documents.FontCatalog;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * `demo`: the whole cycle on the workspace's plan with synthetic returns, in a sandbox under
 * output/demo/ (see {@link RunDemo}); this adapter narrates each step.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        Workspace demo = RunDemo.run(workspaceOption.office().workspace(), new Narrator());
        Console.OUT.println();
        Console.OUT.println(Messages.text("demo.done", "output", demo.outputDir()));
        Console.OUT.println(Messages.text("demo.done.folders1"));
        Console.OUT.println(Messages.text("demo.done.folders2"));
        return ExitCode.OK;
    }

    /** One paragraph per step of the demo. */
    private static final class Narrator implements DemoListener {
        private Workspace demo;
        private Plan plan;

        @Override
        public void planChecked(Plan plan) {
            this.plan = plan;
            PlanCommand.printSummary(plan);
        }

        @Override
        public void sandboxReady(Workspace demo) {
            this.demo = demo;
            Console.OUT.println();
            Console.OUT.println(Messages.text("demo.sandbox", "path", demo.root()));
        }

        @Override
        public void generated(GenerateResult r) {
            Console.OUT.println(Messages.text(r.bodies() > 0 ? "demo.generated.bodies" : "demo.generated", "units",
                    plan.units().size(), "bodies", r.bodies(), "workbooks", r.workbooks(), "folder", r.folder()));
        }

        @Override
        public void filled(int files) {
            Console.OUT.println(Messages.text("demo.filled", "files", files, "folder", demo.returnedDir()));
        }

        @Override
        public void ingested(IngestSummary summary) {
            Console.OUT.println(Messages.text("demo.ingested", "summary", summary.line()));
            summary.files().stream().filter(f -> !f.problems().isEmpty()).limit(3).forEach(f -> {
                Console.OUT.println(Messages.text("demo.ingested.rejected", "path", f.path()));
                f.problems().stream().limit(3).forEach(p -> Console.OUT.println("    " + p.describe()));
            });
        }

        @Override
        public void statusWritten(StatusResult status) {
            Console.OUT.println(Messages.text("demo.reminded", "units", status.unitsOwing(),
                    "file", status.reminderFiles().get(0)));
        }

        @Override
        public void exported(ExportResult export) {
            Console.OUT.println(Messages.text("demo.exported", "file", export.files().get(0)));
        }

        @Override
        public void tasksImported(ImportTasksResult result) {
            Console.OUT.println(Messages.text("demo.tasks"));
            ImportCommand.printTasks(demo, result);
        }

        @Override
        public void tasksChecked(TaskCheckResult result) {
            Console.OUT.println(Messages.text("demo.taskCheck"));
            TasksCommand.print(demo, result);
        }

        @Override
        public void ratingsImported(ImportRatingsResult result) {
            Console.OUT.println(Messages.text("demo.ratings", "files", result.files().size(),
                    "folder", demo.importsDir()));
            result.files().forEach(ImportCommand::print);
            Console.OUT.println(Messages.text("evaluation.cli.scores", "units", plan.units().size(),
                    "indicators", result.scores().rules().indicators().size(), "scored", result.scores().scored(),
                    "owed", result.scores().owed()));
        }

        @Override
        public void scored(ScoreResult score) {
            Console.OUT.println(Messages.text("demo.scored"));
            ScoreCommand.print(demo, score);
            Console.OUT.println(Messages.text("demo.rendering"));
        }

        @Override
        public void fontsChosen(FontCatalog fonts) {
            RenderCommand.printFonts(fonts);
        }

        @Override
        public void rendered(RenderResult render) {
            RenderCommand.print(render);
        }
    }
}
