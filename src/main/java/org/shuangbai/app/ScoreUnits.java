package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.scoring.Results;
import org.shuangbai.documents.ResultsFiles;

/** 计分: totals, vetoes, grades, ranks and 先进单位 from the ledger's current score sheets, written to output/results/. */
public final class ScoreUnits {
    private ScoreUnits() {
    }

    public static ScoreResult run(Workspace workspace) throws PlanException, IOException, WorkspaceLock.Busy {
        Plan plan = Plans.load(workspace);
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            boolean nothing = !Files.exists(workspace.ledgerFile());
            Results results;
            if (nothing) {
                results = ScoreInputs.none(plan);
            } else {
                try (Ledger ledger = Ledger.open(workspace)) {
                    results = ScoreInputs.score(plan, ledger, ledger.status(plan));
                }
            }
            List<java.nio.file.Path> files = ResultsFiles.write(results, workspace.resultsDir());
            return new ScoreResult(results, files, nothing);
        }
    }

    /**
     * The scores the ledger gives now, without writing the result files and without the lock (a read of
     * the ledger's committed state): what the console shows between runs of {@link #run}.
     */
    public static Results preview(Workspace workspace) throws PlanException {
        Plan plan = Plans.load(workspace);
        return LedgerReading.read(workspace, ledger -> ScoreInputs.score(plan, ledger, ledger.status(plan)),
                () -> ScoreInputs.none(plan));
    }
}
