package org.shuangbai.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.plan.Aggregation;
import org.shuangbai.plan.IndicatorSystem;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.QuotaRounding;
import org.shuangbai.plan.RankTie;
import org.shuangbai.plan.ScoringRules;
import org.shuangbai.plan.TieAtCut;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.Veto;
import org.shuangbai.plan.VetoEffect;
import org.shuangbai.plan.YesNo;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * The rules {@link Scoring} applies, as Chinese sentences printed beside every result (rules.txt, the
 * results workbook, the notice). Every number and choice comes from the plan; the wording lives in
 * messages.properties (scoring.rule.*), and which sentence applies is decided here, beside the code it
 * describes.
 */
public final class RulesText {
    private RulesText() {
    }

    public static List<String> sentences(Plan plan) {
        ScoringRules r = plan.settings().scoring();
        List<String> s = new ArrayList<>();
        int trimFrom = Math.max(r.trimMinSheets(), 3);
        String combine = r.aggregation() == Aggregation.TRIMMED_MEAN
                ? Messages.text("scoring.rule.combination.trimmedMean", "sheets", trimFrom)
                : Messages.text("scoring.rule.combination.mean");
        s.add(Messages.text("scoring.rule.combination", "combine", combine, "decimals", r.decimals()));
        if (plan.assessors().active()) {
            s.add(bodiesSentence(plan));
        }
        s.add(Messages.text("scoring.rule.totals", "systems",
                plan.systems().stream().map(IndicatorSystem::shortName).collect(Lists.enumerating())));
        s.add(Messages.text("scoring.rule.selfScore", "decimals", r.decimals()));
        s.add(Messages.text("scoring.rule.notScored"));
        s.add(Messages.text("scoring.rule.veto", "yes", YesNo.YES.label(),
                "situations", plan.vetoes().stream().map(v -> vetoSentence(plan, v)).collect(Lists.clauses())));
        s.add(Messages.text("scoring.rule.vetoEffects", "gradePoor", VetoEffect.GRADE_POOR.label(),
                "poor", r.poorGrade(), "loseExcellence", VetoEffect.LOSE_EXCELLENCE.label(),
                "excellent", r.excellentGrade(), "below", Scoring.gradeBelow(r, r.excellentGrade())));
        s.add(Messages.text("scoring.rule.grades", "bands", Scoring.bandsDescending(r).stream()
                .map(b -> Messages.text("scoring.rule.grades.band", "min", Numbers.plain(b.minScore()), "grade", b.grade()))
                .collect(Lists.series())));
        s.add(Messages.text("scoring.rule.ranking", "street", UnitGroup.STREET.label(),
                "department", UnitGroup.DEPARTMENT.label(), "tie", r.rankTie().label(),
                "example", Messages.text(r.rankTie() == RankTie.COMPETITION
                        ? "scoring.rule.ranking.example.competition" : "scoring.rule.ranking.example.dense")));
        s.add(Messages.text("scoring.rule.commendation", "quota", percent(r.quota()),
                "rounding", Messages.text(roundingKey(r.rounding())), "tie", r.tieAtCut().label(),
                "consequence", Messages.text(r.tieAtCut() == TieAtCut.INCLUDE_ALL
                        ? "scoring.rule.commendation.includeAll" : "scoring.rule.commendation.excludeAll")));
        return s;
    }

    /** Which indicators the bodies score and by which combination rule (assignments.csv). */
    private static String bodiesSentence(Plan plan) {
        var assessors = plan.assessors();
        java.util.Map<org.shuangbai.plan.CombinationRule, List<String>> byRule = new java.util.EnumMap<>(
                org.shuangbai.plan.CombinationRule.class);
        int single = 0;
        for (var i : (Iterable<org.shuangbai.plan.Indicator>) plan.indicators()::iterator) {
            var rule = assessors.rule(i.code());
            if (rule.isEmpty()) {
                continue;
            }
            // a rule only combines where a unit has two bodies on the indicator: the 2009 plan gives 30 indicators
            // one body each, whose listing under 算术平均 read as if they were averaged
            if (plan.units().stream().anyMatch(u -> assessors.rows(i.code(), u).size() > 1)) {
                byRule.computeIfAbsent(rule.get(), k -> new ArrayList<>()).add(leadOf(plan, i.code(), rule.get()));
            } else {
                single++;
            }
        }
        List<String> clauses = new ArrayList<>();
        byRule.forEach((rule, codes) -> clauses.add(Messages.text("scoring.rule.bodies.rule", "rule", rule.label(),
                "count", codes.size(), "indicators", Lists.enumeration(codes))));
        if (single > 0) {
            clauses.add(Messages.text("scoring.rule.bodies.single", "count", single));
        }
        String rules = Lists.clauses(clauses);
        return Messages.text("scoring.rule.bodies", "rules", rules, "lead",
                org.shuangbai.plan.CombinationRule.LEAD.label(), "weighted",
                org.shuangbai.plan.CombinationRule.WEIGHTED.label(), "mean",
                org.shuangbai.plan.CombinationRule.MEAN.label());
    }

    /** An indicator's code, with its lead body under 以牵头单位为准. */
    private static String leadOf(Plan plan, String code, org.shuangbai.plan.CombinationRule rule) {
        if (rule != org.shuangbai.plan.CombinationRule.LEAD) {
            return code;
        }
        return plan.assessors().assignments().stream().filter(a -> a.target().equals(code) && a.lead())
                .map(a -> plan.assessors().body(a.assessorCode()).map(org.shuangbai.plan.Assessor::name)
                        .orElse(a.assessorCode())).distinct().findFirst()
                .map(lead -> Messages.text("scoring.rule.bodies.lead", "code", code, "lead", lead)).orElse(code);
    }

    private static String roundingKey(QuotaRounding rounding) {
        return switch (rounding) {
            case HALF_UP -> "scoring.rule.rounding.halfUp";
            case FLOOR -> "scoring.rule.rounding.floor";
            case CEILING -> "scoring.rule.rounding.ceiling";
        };
    }

    private static String vetoSentence(Plan plan, Veto v) {
        String systems = v.appliesTo().stream()
                .map(code -> plan.system(code).map(IndicatorSystem::shortName).orElse(code))
                .collect(Lists.enumerating());
        return Messages.text("scoring.rule.veto.situation", "number", v.number(), "code", v.code(),
                "effect", v.effect().label(), "systems", systems);
    }

    /** 0.20 → "20%". */
    public static String percent(BigDecimal quota) {
        return Numbers.plain(quota.movePointRight(2)) + "%";
    }
}
