package org.shuangbai.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 公共评议 rules of a plan (input/plan/public-*.csv): the channels, the export formats, what each
 * answer is worth, and the channels' weights in each 公共评议 indicator. {@link #NONE} for a plan
 * without them (nothing to import).
 *
 * @param answers     per channel code: answer text → points (the rows for 全部 already merged in)
 * @param weights     per indicator code, in file order: the channels and their weights (adding up to 1)
 * @param fingerprint SHA-256 over the rule files' bytes, stored with every import: a tally read under
 *                    other rules is flagged when scores are computed
 */
public record EvaluationRules(List<Channel> channels, List<ColumnMapping> mappings,
                              Map<String, Map<String, Points>> answers, Map<String, List<Weight>> weights,
                              String fingerprint) {

    public static final EvaluationRules NONE = new EvaluationRules(List.of(), List.of(), Map.of(), Map.of(), "");

    /** A channel's weight in an indicator. */
    public record Weight(String channelCode, BigDecimal weight, int line) {
    }

    public EvaluationRules {
        channels = List.copyOf(channels);
        mappings = List.copyOf(mappings);
        Map<String, Map<String, Points>> a = new LinkedHashMap<>();
        answers.forEach((k, v) -> a.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        answers = java.util.Collections.unmodifiableMap(a);
        Map<String, List<Weight>> w = new LinkedHashMap<>();
        weights.forEach((k, v) -> w.put(k, List.copyOf(v)));
        weights = java.util.Collections.unmodifiableMap(w);
    }

    public boolean isEmpty() {
        return channels.isEmpty();
    }

    public Optional<Channel> channel(String code) {
        return channels.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The channel a text names (code, name or alias), among those given. */
    public Optional<Channel> channelNamed(String text, List<String> among) {
        return channels.stream().filter(c -> among.contains(c.code()) && c.isNamedBy(text)).findFirst();
    }

    /** What an answer is worth in a channel, if the table lists it. */
    public Optional<Points> points(String channelCode, String answer) {
        return Optional.ofNullable(answers.getOrDefault(channelCode, Map.of()).get(answer));
    }

    /** The indicators computed from the channels, in file order. */
    public List<String> indicators() {
        return List.copyOf(weights.keySet());
    }
}
