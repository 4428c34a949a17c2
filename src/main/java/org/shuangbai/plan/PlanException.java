package org.shuangbai.plan;

import java.util.List;
import java.util.stream.Collectors;

/** The plan could not be loaded; carries every problem found, not just the first. */
public class PlanException extends Exception {
    private final List<PlanProblem> problems;

    public PlanException(List<PlanProblem> problems) {
        super(problems.stream().map(PlanProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
