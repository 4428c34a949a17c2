package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.Workspace;
import org.shuangbai.documents.EvaluationFiles;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.EvaluationRulesReader;
import org.shuangbai.evaluation.PublicScores;
import org.shuangbai.ledger.EvaluationImports;
import org.shuangbai.ledger.ImportRecord;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.ledger.WorkspaceLock;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * 公共评议得分: every unit's 公共评议 indicators computed from the current imports in the ledger by the
 * plan's rules, written with their sources and the rules to output/evaluation/.
 */
public final class ShowPublicScores {
    private ShowPublicScores() {
    }

    public static PublicScoresResult run(Workspace workspace)
            throws PlanException, IOException, WorkspaceLock.Busy, UsageException {
        Plan plan = Plans.load(workspace);
        EvaluationRules rules = rules(workspace, plan);
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            if (!Files.exists(workspace.ledgerFile())) {
                return write(workspace, plan, rules, null);
            }
            try (Ledger ledger = Ledger.open(workspace)) {
                return write(workspace, plan, rules, ledger);
            }
        }
    }

    /** The plan's 公共评议 rules; a plan without them cannot import ratings. */
    static EvaluationRules rules(Workspace workspace, Plan plan) throws PlanException, UsageException {
        EvaluationRules rules = EvaluationRulesReader.load(workspace.planDir(), plan);
        if (rules.isEmpty()) {
            throw new UsageException(Messages.text("evaluation.noRules", "dir", workspace.planDir(),
                    "files", Lists.enumeration(EvaluationRulesReader.FILES)));
        }
        return rules;
    }

    /** The scores from an open ledger (null: nothing imported yet), written to output/evaluation/. */
    static PublicScoresResult write(Workspace workspace, Plan plan, EvaluationRules rules, Ledger ledger)
            throws IOException {
        List<EvaluationFiles.ImportDetail> details = new ArrayList<>();
        List<ImportRecord> imports = new ArrayList<>();
        PublicScores scores;
        if (ledger == null) {
            scores = PublicScores.compute(plan, rules, List.of());
        } else {
            EvaluationImports ei = ledger.evaluationImports();
            scores = PublicScores.compute(plan, rules, ei.currentTallies());
            for (ImportRecord r : ei.history()) {
                imports.add(r);
                details.add(new EvaluationFiles.ImportDetail(r, r.current() ? ei.notes(r.id()) : List.of(),
                        r.current() ? ei.unknownUnits(r.id()) : List.of()));
            }
        }
        var files = EvaluationFiles.write(workspace.evaluationDir(), plan, rules, scores, details);
        return new PublicScoresResult(rules, scores, imports, files, PublicScores.rulesText(plan, rules));
    }
}
