package org.shuangbai.plan;

import java.util.Arrays;
import java.util.Optional;

import org.shuangbai.text.Messages;

/** The three workbooks distributed to every unit, returned at different times of the year. */
public enum FormKind {
    REGISTRATION("registration", "enum.formKind.REGISTRATION"),
    LEDGER("ledger", "enum.formKind.LEDGER"),
    SCORE("score", "enum.formKind.SCORE");

    private final String option;
    private final String titleKey;

    FormKind(String option, String titleKey) {
        this.option = option;
        this.titleKey = titleKey;
    }

    /** The word used on the command line and inside a workbook's identity. */
    public String option() {
        return option;
    }

    /** The form's name people read, e.g. 考核评分表. */
    public String title() {
        return Messages.text(titleKey);
    }

    /** The kind named by its option word or its title (as reworded or as bundled). */
    public static Optional<FormKind> fromOption(String text) {
        return Arrays.stream(values())
                .filter(k -> k.option.equalsIgnoreCase(text) || Messages.matches(k.titleKey, text))
                .findFirst();
    }
}
