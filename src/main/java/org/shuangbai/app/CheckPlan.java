package org.shuangbai.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.evaluation.EvaluationRules;
import org.shuangbai.evaluation.EvaluationRulesReader;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanProblem;

/**
 * 检查方案: the plan and the plan data other stages own (the 公共评议 rules), each problem with its file,
 * line and column. The rules are checked against the plan, so a plan that does not load is reported first.
 */
public final class CheckPlan {
    /**
     * A plan that loads, with its 公共评议 rules ({@link EvaluationRules#NONE} when it has none) and the
     * workspace's templates and designs that are unedited copies of an earlier version's, used no longer.
     */
    public record Result(Plan plan, EvaluationRules rules, List<String> outdatedCopies) {
    }

    private CheckPlan() {
    }

    public static Result run(Workspace workspace) throws PlanException, IOException {
        Plan plan = Plans.load(workspace);
        List<PlanProblem> problems = new ArrayList<>();
        EvaluationRules rules = EvaluationRulesReader.read(workspace.planDir(), plan, problems);
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        return new Result(plan, rules, Defaults.outdatedCopies(workspace));
    }
}
