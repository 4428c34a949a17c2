package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.BiFunction;

import org.shuangbai.Workspace;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.ledger.FormStatus;
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
        return run(workspace, Ledger::status);
    }

    /**
     * The same with the forms' standing as an earlier step read it (the demo's status list: scoring only
     * asks it which units' score sheets were returned, which nothing written since has changed).
     */
    static ScoreResult run(Workspace workspace, List<FormStatus> statuses)
            throws PlanException, IOException, WorkspaceLock.Busy {
        return run(workspace, (ledger, plan) -> statuses);
    }

    private static ScoreResult run(Workspace workspace, BiFunction<Ledger, Plan, List<FormStatus>> statuses)
            throws PlanException, IOException, WorkspaceLock.Busy {
        Plan plan = Plans.load(workspace);
        EvaluationRules rules = ScoreInputs.rules(workspace, plan);
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            boolean nothing = !Files.exists(workspace.ledgerFile());
            Results results;
            if (nothing) {
                results = ScoreInputs.none(plan);
            } else {
                try (Ledger ledger = Ledger.open(workspace)) {
                    results = ScoreInputs.score(rules, plan, ledger, statuses.apply(ledger, plan));
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
        EvaluationRules rules = ScoreInputs.rules(workspace, plan);
        return LedgerReading.read(workspace, ledger -> ScoreInputs.score(rules, plan, ledger, ledger.status(plan)),
                () -> ScoreInputs.none(plan));
    }
}
