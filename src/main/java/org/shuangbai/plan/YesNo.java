package org.shuangbai.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.shuangbai.text.Messages;

/**
 * The two answers of a yes/no cell (the 一票否决 situations): what the form's drop-down offers,
 * what intake accepts and what scoring reads as a finding. One definition for all of them.
 */
public enum YesNo {
    YES("answer.yes"),
    NO("answer.no");

    private final String key;

    YesNo(String key) {
        this.key = key;
    }

    /** The word a unit picks, e.g. 是. */
    public String label() {
        return Messages.text(key);
    }

    /** The drop-down's choices, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(YesNo::label).toList();
    }

    /** The answer a filled text stands for (surrounding spaces ignored). */
    public static Optional<YesNo> of(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(a -> a.label().equals(t)).findFirst();
    }
}
