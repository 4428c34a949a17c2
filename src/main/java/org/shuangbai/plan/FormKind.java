package org.shuangbai.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.shuangbai.text.Messages;

/**
 * The distributed workbooks: the three every unit gets, returned at different times of the year, and the
 * one every assessing body gets (评分单位评分表: its units × its indicators). A workbook's holder is a unit,
 * or for {@link #ASSESSOR} a body.
 */
public enum FormKind {
    REGISTRATION("registration", "enum.formKind.REGISTRATION"),
    LEDGER("ledger", "enum.formKind.LEDGER"),
    SCORE("score", "enum.formKind.SCORE"),
    ASSESSOR("assessor", "enum.formKind.ASSESSOR");

    private static final List<FormKind> UNIT_FORMS = List.of(REGISTRATION, LEDGER, SCORE);

    private final String option;
    private final String titleKey;

    FormKind(String option, String titleKey) {
        this.option = option;
        this.titleKey = titleKey;
    }

    /** The forms every assessed unit gets, in order (all but the bodies' workbook). */
    public static List<FormKind> unitForms() {
        return UNIT_FORMS;
    }

    /** Whether the holder of this form is an assessing body (else an assessed unit). */
    public boolean heldByBody() {
        return this == ASSESSOR;
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
