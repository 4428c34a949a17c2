package org.shuangbai.plan;

import java.util.Arrays;
import java.util.Optional;

/** The three workbooks distributed to every unit, returned at different times of the year. */
public enum FormKind {
    REGISTRATION("registration", "效能监察立项表"),
    LEDGER("ledger", "挂帐问题项目表"),
    SCORE("score", "考核评分表");

    private final String option;
    private final String title;

    FormKind(String option, String title) {
        this.option = option;
        this.title = title;
    }

    /** The word used on the command line and inside a workbook's identity. */
    public String option() {
        return option;
    }

    public String title() {
        return title;
    }

    public static Optional<FormKind> fromOption(String text) {
        return Arrays.stream(values()).filter(k -> k.option.equalsIgnoreCase(text) || k.title.equals(text)).findFirst();
    }
}
