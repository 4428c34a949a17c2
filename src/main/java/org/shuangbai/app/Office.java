package org.shuangbai.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.ledger.LedgerBackup;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Messages;

/**
 * One workspace, as the office works with it: a facade of one-line calls over the use cases, for the
 * CLI and the web console alike.
 *
 * <pre>
 * Office office = Office.open(Path.of("2010考核"));
 * IngestSummary s = office.ingest(List.of(), Intake.Listener.NONE);
 * ScoreResult r = office.score();
 * </pre>
 *
 * Opening a workspace makes its own {@code templates/messages.properties} (if any) reword the texts.
 */
public final class Office {
    private final Workspace workspace;

    private Office(Workspace workspace) {
        this.workspace = workspace;
        try {
            Messages.useFile(Defaults.own(workspace, Messages.FILE).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Office open(Path root) {
        return new Office(new Workspace(root));
    }

    public static Office open(Workspace workspace) {
        return new Office(workspace);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The workspace's plan, loaded and validated. */
    public Plan plan() throws PlanException {
        return Plans.load(workspace);
    }

    /** The plan and the 公共评议 rules, checked together (plan check). */
    public CheckPlan.Result checkPlan() throws PlanException, IOException {
        return CheckPlan.run(workspace);
    }

    public GenerateResult generate(GenerateRequest request, GenerateForms.Progress progress)
            throws PlanException, IOException, UsageException {
        return GenerateForms.run(workspace, request, progress);
    }

    /** Ingests the given files and folders, or input/returned/ when none are given. */
    public IngestSummary ingest(List<Path> paths, Intake.Listener listener)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        return IngestReturns.run(workspace, paths, listener);
    }

    public StatusResult status() throws PlanException, IOException, WorkspaceLock.Busy {
        return ShowStatus.run(workspace);
    }

    public ExportResult export() throws PlanException, IOException, WorkspaceLock.Busy {
        return ExportValues.run(workspace);
    }

    public ScoreResult score() throws PlanException, IOException, WorkspaceLock.Busy {
        return ScoreUnits.run(workspace);
    }

    public RenderResult render(boolean watermark, RenderDocuments.Listener listener) throws Exception {
        return RenderDocuments.run(workspace, watermark, listener);
    }

    public LedgerBackup.Contents backup(Path target) throws IOException, WorkspaceLock.Busy, UsageException {
        return BackupLedger.backup(workspace, target);
    }

    /** 导入评议数据: rating exports into the ledger, then the 公共评议 scores (import ratings). */
    public ImportRatingsResult importRatings(ImportRatings.Request request, ImportRatings.Listener listener)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        return ImportRatings.run(workspace, request, listener);
    }

    /** 导入区任务清单: the district's task list into the plan (import tasks). */
    public ImportTasksResult importTasks(Path file) throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        return ImportTasks.run(workspace, file);
    }

    /** 立项核对: the registrations against the task list (tasks). */
    public TaskCheckResult checkTasks() throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        return CheckTasks.run(workspace);
    }

    public RestoreResult restore(Path backup)
            throws IOException, WorkspaceLock.Busy, LedgerBackup.InvalidLedger, UsageException {
        return BackupLedger.restore(workspace, backup);
    }
}
