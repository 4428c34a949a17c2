package org.shuangbai.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;

/**
 * Everything `score` computes, the rules (as Chinese sentences) it was computed by, and the statistics
 * of each system and of each system's groups (computed once here, so that N letters cost N, not N²).
 */
public record Results(Plan plan, List<UnitResult> units, List<Commendation> commendations, List<String> rules,
                      Map<String, Statistics> statistics) {
    public Results {
        units = List.copyOf(units);
        commendations = List.copyOf(commendations);
        rules = List.copyOf(rules);
        statistics = Map.copyOf(statistics);
    }

    public Results(Plan plan, List<UnitResult> units, List<Commendation> commendations, List<String> rules) {
        this(plan, units, commendations, rules, statisticsOf(plan, units));
    }

    /**
     * These results without the source cells of their indicators: what the documents print (figures,
     * notes, ranks, statistics) in a fraction of the memory. Every source cell of every unit held
     * through the rendering of thousands of documents grows with the year's size (about 100 MB at
     * 10,000 units) and is read by no document.
     */
    public Results withoutSources() {
        List<UnitResult> slim = units.stream().map(UnitResult::withoutSources).toList();
        return slim.equals(units) ? this : new Results(plan, slim, commendations, rules, statistics);
    }

    /** The scored units of one system, all groups together. */
    public Statistics system(String systemCode) {
        return statistics.getOrDefault(systemCode, Statistics.NONE);
    }

    /** The scored units of one system and group: the peers a letter compares a unit with. */
    public Statistics group(String systemCode, UnitGroup group) {
        return statistics.getOrDefault(systemCode + "|" + group.name(), Statistics.NONE);
    }

    private static Map<String, Statistics> statisticsOf(Plan plan, List<UnitResult> units) {
        int decimals = plan.settings().scoring().decimals();
        Map<String, Statistics> out = new HashMap<>();
        for (IndicatorSystem system : plan.systems()) {
            List<UnitResult> of = units.stream().filter(r -> r.systemCode().equals(system.code())).toList();
            out.put(system.code(), Statistics.of(system, of, decimals));
            for (UnitGroup group : UnitGroup.values()) {
                out.put(system.code() + "|" + group.name(), Statistics.of(system,
                        of.stream().filter(r -> r.unit().group() == group).toList(), decimals));
            }
        }
        return out;
    }
}
