package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Messages;

/** 回收: checks returned files and records them in the ledger, under the workspace lock. */
public final class IngestReturns {
    private IngestReturns() {
    }

    /** @param paths files and folders to ingest; empty means the workspace's input/returned/ */
    public static IngestSummary run(Workspace workspace, List<Path> paths, Intake.Listener listener)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        return run(workspace, paths, listener, Clock.systemUTC());
    }

    public static IngestSummary run(Workspace workspace, List<Path> paths, Intake.Listener listener, Clock clock)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        var plan = Plans.load(workspace);
        List<Path> targets = paths.isEmpty() ? List.of(workspace.returnedDir()) : paths;
        for (Path p : targets) {
            if (!Files.exists(p)) {
                throw new UsageException(Messages.text("ingest.pathMissing", "path", p.toAbsolutePath(),
                        "returned", workspace.returnedDir()));
            }
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            return Intake.ingest(workspace, plan, targets, listener, clock);
        }
    }
}
