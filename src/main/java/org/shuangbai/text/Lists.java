package org.shuangbai.text;

import java.util.Collection;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * How the program's Chinese sentences join several items. The marks are punctuation of the language the
 * office reads, so they live with the other texts in the messages file: an office writing its lists with
 * another mark changes a line there, not the code.
 */
public final class Lists {
    private Lists() {
    }

    /** Items of one kind side by side (顿号): "朝外街道、呼家楼街道". */
    public static Collector<CharSequence, ?, String> enumerating() {
        return Collectors.joining(Messages.text("text.list.enumeration"));
    }

    /** Items of one kind side by side (顿号): "朝外街道、呼家楼街道". */
    public static String enumeration(Collection<? extends CharSequence> items) {
        return String.join(Messages.text("text.list.enumeration"), items);
    }

    /** Clauses of one sentence, each a sentence of its own (分号): "…未填写；…超出分值". */
    public static Collector<CharSequence, ?, String> clauses() {
        return Collectors.joining(Messages.text("text.list.clause"));
    }

    /** Clauses of one sentence, each a sentence of its own (分号). */
    public static String clauses(Collection<? extends CharSequence> items) {
        return String.join(Messages.text("text.list.clause"), items);
    }

    /** Short phrases in a run (逗号): "优秀 95 分以上，良好 85 分以上". */
    public static Collector<CharSequence, ?, String> series() {
        return Collectors.joining(Messages.text("text.list.series"));
    }
}
