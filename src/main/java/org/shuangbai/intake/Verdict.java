package org.shuangbai.intake;

import org.shuangbai.text.Messages;

/** What intake decided about one file. A file is accepted whole or rejected whole. */
public enum Verdict {
    ACCEPTED("intake.verdict.accepted"),
    /** A spreadsheet (or a file named like one) that cannot be taken: every reason is listed. */
    REJECTED("intake.verdict.rejected"),
    /** Not a spreadsheet and not named like one (a PDF, a note): reported, not recorded. */
    SKIPPED("intake.verdict.skipped"),
    /** Reading ran out of time: no verdict about the content at all (the file is read again later). */
    NOT_READ("intake.verdict.notRead");

    private final String labelKey;

    Verdict(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The word the office reads, e.g. 受理. */
    public String label() {
        return Messages.text(labelKey);
    }
}
