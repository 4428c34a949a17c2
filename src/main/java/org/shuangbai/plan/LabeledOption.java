package org.shuangbai.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An option of the settings file that the office writes either in Chinese or as its constant name. */
public interface LabeledOption {
    String label();

    String name();

    static <E extends Enum<E> & LabeledOption> Optional<E> parse(Class<E> type, String text) {
        String t = text.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.label().equals(t) || e.name().equalsIgnoreCase(t))
                .findFirst();
    }

    static <E extends Enum<E> & LabeledOption> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LabeledOption::label).collect(Collectors.joining("、"));
    }
}
