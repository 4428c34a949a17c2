package org.shuangbai.scoring;

import java.util.List;

import org.shuangbai.plan.Plan;

/** Everything `score` computes, and the rules (as Chinese sentences) it was computed by. */
public record Results(Plan plan, List<UnitResult> units, List<Commendation> commendations, List<String> rules) {
    public Results {
        units = List.copyOf(units);
        commendations = List.copyOf(commendations);
        rules = List.copyOf(rules);
    }
}
