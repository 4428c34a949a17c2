package org.shuangbai.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Indicator;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;
import org.shuangbai.text.Numbers;

/**
 * The 公共评议 indicator scores of every unit from the current tallies, by the printed rules:
 * <ul>
 *   <li>a channel's satisfaction = Σ(answers × points) ÷ valid answers, points being the table's share for
 *       a word or (score − lowest) ÷ (highest − lowest) for a number; 不计入 answers are not valid;
 *       rounded half up to 4 decimals;</li>
 *   <li>a channel with fewer respondents than its minimum makes the indicator owed (该指标待补) or is
 *       left out (不计此渠道), as the channel says; with every channel left out the indicator is owed;</li>
 *   <li>indicator rate = Σ(weight × satisfaction) ÷ Σ weights of the channels used (4 decimals);
 *       score = max score × Σ(weight × satisfaction) ÷ Σ weights used, rounded half up to the plan's
 *       decimals.</li>
 * </ul>
 * Tallies of one unit and channel from several current imports (batches) are added together.
 */
public final class PublicScores {
    public static final int RATE_DECIMALS = 4;

    private final List<PublicScore> scores;

    private PublicScores(List<PublicScore> scores) {
        this.scores = List.copyOf(scores);
    }

    public List<PublicScore> all() {
        return scores;
    }

    public Optional<PublicScore> score(String unitCode, String indicatorCode) {
        return scores.stream().filter(s -> s.unitCode().equals(unitCode) && s.indicatorCode().equals(indicatorCode))
                .findFirst();
    }

    public List<PublicScore> of(String unitCode) {
        return scores.stream().filter(s -> s.unitCode().equals(unitCode)).toList();
    }

    public static PublicScores compute(Plan plan, EvaluationRules rules, List<SourcedTally> tallies) {
        Map<String, List<SourcedTally>> byKey = new TreeMap<>();
        for (SourcedTally t : tallies) {
            byKey.computeIfAbsent(t.tally().unitCode() + "\u0000" + t.tally().channelCode(), k -> new ArrayList<>()).add(t);
        }
        int decimals = plan.settings().scoring().decimals();
        List<PublicScore> out = new ArrayList<>();
        for (AssessedUnit unit : plan.units()) {
            Map<String, ChannelFigures> figures = new LinkedHashMap<>();
            for (Channel c : rules.channels()) {
                figures.put(c.code(), ChannelFigures.of(c, rules,
                        byKey.getOrDefault(unit.code() + "\u0000" + c.code(), List.of())));
            }
            for (String code : rules.indicators()) {
                Indicator indicator = plan.indicator(code).orElse(null);
                if (indicator != null) {
                    out.add(score(unit, indicator, rules, figures, decimals));
                }
            }
        }
        return new PublicScores(out);
    }

    private static PublicScore score(AssessedUnit unit, Indicator indicator, EvaluationRules rules,
                                     Map<String, ChannelFigures> figures, int decimals) {
        List<ChannelPart> parts = new ArrayList<>();
        List<String> owing = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        boolean stale = false;
        for (EvaluationRules.Weight w : rules.weights().get(indicator.code())) {
            Channel c = rules.channel(w.channelCode()).orElseThrow();
            ChannelFigures f = figures.get(c.code());
            stale |= f.stale(rules);
            ChannelPart.Use use;
            if (f.respondents >= c.minSample() && f.rate != null) {
                use = ChannelPart.Use.USED;
                weighted = weighted.add(w.weight().multiply(f.rate));
                weights = weights.add(w.weight());
            } else if (c.shortfall() == Shortfall.LEAVE_OUT) {
                use = ChannelPart.Use.LEFT_OUT;
            } else {
                use = ChannelPart.Use.OWING;
                owing.add(Messages.text("evaluation.owed.channel", "channel", c.name(), "respondents", f.respondents,
                        "min", c.minSample()));
            }
            parts.add(new ChannelPart(c.code(), w.weight(), f.respondents, f.valid, f.notCounted, f.rate, use,
                    f.sources()));
        }
        if (owing.isEmpty() && weights.signum() == 0) {
            owing.add(Messages.text("evaluation.owed.allLeftOut"));
        }
        if (!owing.isEmpty()) {
            return new PublicScore(unit.code(), indicator.code(), indicator.maxScore(), null, null,
                    Lists.clauses(owing), parts, stale);
        }
        BigDecimal rate = weighted.divide(weights, RATE_DECIMALS, RoundingMode.HALF_UP);
        BigDecimal score = indicator.maxScore().multiply(weighted).divide(weights, decimals, RoundingMode.HALF_UP);
        return new PublicScore(unit.code(), indicator.code(), indicator.maxScore(), rate, score, null, parts, stale);
    }

    /** One unit's figures in one channel, all current imports added together. */
    private static final class ChannelFigures {
        long respondents;
        long valid;
        long notCounted;
        BigDecimal rate;
        final Map<Long, ChannelPart.Source> sources = new TreeMap<>();
        final List<String> fingerprints = new ArrayList<>();

        static ChannelFigures of(Channel c, EvaluationRules rules, List<SourcedTally> tallies) {
            ChannelFigures f = new ChannelFigures();
            BigDecimal sum = BigDecimal.ZERO;
            for (SourcedTally t : tallies) {
                f.respondents += t.tally().respondents();
                f.sources.merge(t.importId(), new ChannelPart.Source(t.importId(), t.fileName(), t.tally().respondents()),
                        (a, b) -> new ChannelPart.Source(a.importId(), a.fileName(), a.respondents() + b.respondents()));
                f.fingerprints.add(t.rulesFingerprint());
                for (Map.Entry<String, Long> a : t.tally().answers().entrySet()) {
                    BigDecimal value = value(c, rules, a.getKey());
                    if (value == null) {
                        f.notCounted += a.getValue();
                    } else {
                        f.valid += a.getValue();
                        sum = sum.add(value.multiply(BigDecimal.valueOf(a.getValue())));
                    }
                }
            }
            if (f.valid > 0) {
                f.rate = sum.divide(c.span().multiply(BigDecimal.valueOf(f.valid)), RATE_DECIMALS, RoundingMode.HALF_UP);
            }
            return f;
        }

        /** An answer's worth in the channel's own units (share × span, or score − lowest); null when not counted. */
        private static BigDecimal value(Channel c, EvaluationRules rules, String answer) {
            Optional<Points> p = rules.points(c.code(), answer);
            if (p.isPresent()) {
                return p.get().counted() ? p.get().share().multiply(c.span()) : null;
            }
            BigDecimal s = c.scale() == AnswerScale.SCORE ? Channel.number(answer) : null;
            if (s != null && c.onScale(s)) {
                return s.subtract(c.low());
            }
            return null; // an answer the rules no longer know: stale, see stale()
        }

        boolean stale(EvaluationRules rules) {
            return fingerprints.stream().anyMatch(fp -> !fp.equals(rules.fingerprint()));
        }

        List<ChannelPart.Source> sources() {
            return List.copyOf(sources.values());
        }
    }

    /** The rules as sentences, printed beside the scores (rules.txt, the scores workbook, the CLI). */
    public static List<String> rulesText(Plan plan, EvaluationRules rules) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text("evaluation.rules.order"));
        for (Channel c : rules.channels()) {
            String answers = rules.answers().getOrDefault(c.code(), Map.of()).entrySet().stream()
                    .map(e -> e.getKey() + " " + (e.getValue().counted() ? Numbers.plain(e.getValue().share())
                            : Messages.text("evaluation.notCounted")))
                    .collect(Lists.series());
            lines.add(Messages.text(c.scale() == AnswerScale.SCORE ? "evaluation.rules.channelScore"
                            : "evaluation.rules.channelGrade", "code", c.code(), "name", c.name(),
                    "low", Numbers.plain(c.low()), "high", Numbers.plain(c.high()), "answers", answers,
                    "min", c.minSample(), "shortfall", c.shortfall().label(), "from", c.from(), "to", c.to()));
        }
        for (Map.Entry<String, List<EvaluationRules.Weight>> e : rules.weights().entrySet()) {
            Indicator i = plan.indicator(e.getKey()).orElse(null);
            if (i == null) {
                continue;
            }
            lines.add(Messages.text("evaluation.rules.indicator", "code", i.code(), "name", i.name(),
                    "max", Numbers.plain(i.maxScore()), "weights", e.getValue().stream()
                            .map(w -> rules.channel(w.channelCode()).map(Channel::name).orElse(w.channelCode())
                                    + " " + Numbers.plain(w.weight()))
                            .collect(Lists.series())));
        }
        lines.add(Messages.text("evaluation.rules.formula", "decimals", plan.settings().scoring().decimals()));
        lines.add(Messages.text("evaluation.rules.batches"));
        return lines;
    }
}
