package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * 先进单位 of one system and group: places = rounding(scored units × quota); the eligible units
 * take them by total; a tie across the cut is settled by {@link TieAtCut} and said in the
 * explanation either way.
 */
final class CommendationRule {
    private CommendationRule() {
    }

    static Commendation select(IndicatorSystem system, UnitGroup group, List<UnitResult> inGroup, ScoringRules rules) {
        List<UnitResult> scored = inGroup.stream().filter(r -> r.status() == UnitStatus.SCORED)
                .sorted(Ranking.LISTING).toList();
        List<UnitResult> candidates = scored.stream().filter(UnitResult::eligible).toList();
        List<UnitResult> vetoed = scored.stream().filter(r -> !r.eligible()).toList();
        List<String> excluded = vetoed.stream().map(r -> r.unit().code()).toList();
        int basis = scored.size();
        BigDecimal exact = BigDecimal.valueOf(basis).multiply(rules.quota()).stripTrailingZeros();
        int places = rules.rounding().apply(exact);

        StringBuilder text = new StringBuilder();
        int notScored = inGroup.size() - basis;
        text.append(Messages.text("scoring.commendation.quota", "group", group.label(), "system", system.shortName(),
                "basis", basis, "quota", RulesText.percent(rules.quota()), "exact", exact.toPlainString(),
                "rounding", rules.rounding().label(), "places", places,
                "notScored", notScored > 0 ? Messages.text("scoring.commendation.quota.notScored", "count", notScored) : ""));
        if (!excluded.isEmpty()) {
            text.append(Messages.text("scoring.commendation.vetoed", "units", labels(vetoed)));
        }

        List<UnitResult> chosen = new ArrayList<>();
        if (basis == 0) {
            text.append(Messages.text("scoring.commendation.noneScored"));
        } else if (places == 0) {
            text.append(Messages.text("scoring.commendation.noPlaces"));
        } else if (candidates.size() <= places) {
            chosen.addAll(candidates);
            text.append(candidates.size() < places
                    ? Messages.text("scoring.commendation.fewerCandidates", "candidates", candidates.size(),
                            "short", places - candidates.size())
                    : Messages.text("scoring.commendation.allCandidates", "candidates", candidates.size()));
        } else {
            BigDecimal cut = candidates.get(places - 1).total();
            boolean tieAtCut = candidates.get(places).total().compareTo(cut) == 0;
            List<UnitResult> above = candidates.stream().filter(r -> r.total().compareTo(cut) > 0).toList();
            List<UnitResult> tied = candidates.stream().filter(r -> r.total().compareTo(cut) == 0).toList();
            if (!tieAtCut) {
                chosen.addAll(candidates.subList(0, places));
                text.append(Messages.text("scoring.commendation.noTie", "places", places));
            } else {
                above.forEach(r -> chosen.add(r));
                text.append(Messages.text("scoring.commendation.tie", "count", tied.size(), "cut", cut.toPlainString(),
                        "units", labels(tied), "remaining", places - above.size(), "rule", rules.tieAtCut().label()));
                if (rules.tieAtCut() == TieAtCut.INCLUDE_ALL) {
                    chosen.addAll(tied);
                    text.append(Messages.text("scoring.commendation.tie.includeAll", "chosen", chosen.size(),
                            "over", chosen.size() - places));
                } else {
                    text.append(Messages.text("scoring.commendation.tie.excludeAll", "chosen", chosen.size(),
                            "short", places - chosen.size()));
                }
            }
        }
        if (!chosen.isEmpty()) {
            text.append(Messages.text("scoring.commendation.chosen", "units", labels(chosen)));
        }
        return new Commendation(system.code(), group, basis, exact, places,
                chosen.stream().map(r -> r.unit().code()).toList(), excluded, text.toString());
    }

    private static String labels(List<UnitResult> units) {
        return units.stream().map(r -> Messages.text("scoring.unit", "name", r.unit().name(), "code", r.unit().code()))
                .collect(Lists.enumerating());
    }
}
