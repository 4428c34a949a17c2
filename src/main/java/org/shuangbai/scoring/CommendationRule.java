package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;

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
        text.append(group.label()).append("组").append(system.shortName()).append("：已计分单位").append(basis)
                .append("个，名额 = ").append(basis).append(" × ").append(RulesText.percent(rules.quota()))
                .append(" = ").append(exact.toPlainString()).append("，").append(rules.rounding().label())
                .append("为").append(places).append("个");
        int notScored = inGroup.size() - basis;
        if (notScored > 0) {
            text.append("（未计分单位").append(notScored).append("个不计入基数）");
        }
        text.append("。");
        if (!excluded.isEmpty()) {
            text.append("因一票否决不参加评选：").append(labels(vetoed)).append("。");
        }

        List<UnitResult> chosen = new ArrayList<>();
        if (basis == 0) {
            text.append("本组无已计分单位，不评选先进单位。");
        } else if (places == 0) {
            text.append("名额为0，本组不评选先进单位。");
        } else if (candidates.size() <= places) {
            candidates.forEach(r -> chosen.add(r));
            if (candidates.size() < places) {
                text.append("可参评单位仅").append(candidates.size()).append("个，全部入选，少于名额")
                        .append(places - candidates.size()).append("个。");
            } else {
                text.append("可参评单位").append(candidates.size()).append("个，全部入选。");
            }
        } else {
            BigDecimal cut = candidates.get(places - 1).total();
            boolean tieAtCut = candidates.get(places).total().compareTo(cut) == 0;
            List<UnitResult> above = candidates.stream().filter(r -> r.total().compareTo(cut) > 0).toList();
            List<UnitResult> tied = candidates.stream().filter(r -> r.total().compareTo(cut) == 0).toList();
            if (!tieAtCut) {
                candidates.subList(0, places).forEach(r -> chosen.add(r));
                text.append("在可参评单位中按总分从高到低取前").append(places).append("个，名额线上无并列。");
            } else {
                above.forEach(r -> chosen.add(r));
                String tiedCodes = labels(tied);
                text.append("名额线上").append(tied.size()).append("个单位总分并列（")
                        .append(cut.toPlainString()).append("分：").append(tiedCodes).append("），争夺剩余")
                        .append(places - above.size()).append("个名额；按“").append(rules.tieAtCut().label())
                        .append("”规则，");
                if (rules.tieAtCut() == TieAtCut.INCLUDE_ALL) {
                    tied.forEach(r -> chosen.add(r));
                    text.append("并列单位全部入选，共").append(chosen.size()).append("个，超出名额")
                            .append(chosen.size() - places).append("个。");
                } else {
                    text.append("并列单位均不入选，共").append(chosen.size()).append("个，少于名额")
                            .append(places - chosen.size()).append("个。");
                }
            }
        }
        if (!chosen.isEmpty()) {
            text.append("先进单位：").append(labels(chosen)).append("。");
        }
        return new Commendation(system.code(), group, basis, exact, places,
                chosen.stream().map(r -> r.unit().code()).toList(), excluded, text.toString());
    }

    private static String labels(List<UnitResult> units) {
        return units.stream().map(r -> r.unit().name() + "（" + r.unit().code() + "）").collect(Collectors.joining("、"));
    }
}
