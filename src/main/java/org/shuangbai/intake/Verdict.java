package org.shuangbai.intake;

import org.shuangbai.text.Messages;

/** What intake decided about one file. A file is accepted whole or rejected whole. */
public enum Verdict {
    ACCEPTED("受理"),
    /** A spreadsheet (or a file named like one) that cannot be taken: every reason is listed. */
    REJECTED("退回"),
    /** Not a spreadsheet and not named like one (a PDF, a note): reported, not recorded. */
    SKIPPED("跳过"),
    /** Reading ran out of time: no verdict about the content at all (the file is read again later). */
    NOT_READ(null);

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label != null ? label : Messages.text("intake.verdict.notRead");
    }
}
