package org.shuangbai.plan;

import java.util.Arrays;
import java.util.Optional;

import org.shuangbai.text.Lists;
import org.shuangbai.text.Messages;

/**
 * A constant the plan files name by a Chinese word (a group in units.csv, an effect in vetoes.csv, an
 * option in settings.properties). The word lives in messages.properties under {@link #labelKey()}; a plan
 * may write it as reworded there, as bundled, or as the constant's name.
 */
public interface LabeledOption {
    /** The key of the word in messages.properties, e.g. enum.unitGroup.STREET. */
    String labelKey();

    String name();

    /** The word people read, e.g. 街乡. */
    default String label() {
        return Messages.text(labelKey());
    }

    static <E extends Enum<E> & LabeledOption> Optional<E> parse(Class<E> type, String text) {
        String t = text.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> Messages.matches(e.labelKey(), t) || e.name().equalsIgnoreCase(t))
                .findFirst();
    }

    static <E extends Enum<E> & LabeledOption> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LabeledOption::label).collect(Lists.enumerating());
    }
}
