package org.shuangbai.app;

import java.util.List;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.intake.Problem;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.text.Messages;

/**
 * What happened to one file in an ingest run.
 *
 * @param identity   the identity the file claims (null when none could be read)
 * @param unitName   the unit's name when the identity names a unit of the plan
 * @param earlier    for a duplicate, the earlier record with the same content; for an accepted file that
 *                   replaced another, the replaced record; else null
 */
public record FileReport(String path, Outcome outcome, FormIdentity identity, String unitName, String assessor,
                         FileRecord earlier, List<Problem> problems) {
    public FileReport {
        problems = List.copyOf(problems);
    }

    /** Taken into the ledger; {@code replaced} is the record whose submission it superseded, or null. */
    public static FileReport accepted(String path, FormIdentity identity, String unitName, String assessor,
                                      FileRecord replaced) {
        return new FileReport(path, Outcome.ACCEPTED, identity, unitName, assessor, replaced, List.of());
    }

    /** Recorded as refused, with every problem. */
    public static FileReport rejected(String path, FormIdentity identity, String unitName, String assessor,
                                      List<Problem> problems) {
        return new FileReport(path, Outcome.REJECTED, identity, unitName, assessor, null, problems);
    }

    /** The same content as the earlier record; nothing changed. */
    public static FileReport duplicate(String path, FormIdentity identity, String unitName, String assessor,
                                       FileRecord earlier) {
        return new FileReport(path, Outcome.DUPLICATE, identity, unitName, assessor, earlier, List.of());
    }

    /** Not taken and not recorded (not a spreadsheet, or the file could not be opened at all). */
    public static FileReport skipped(String path, List<Problem> problems) {
        return new FileReport(path, Outcome.SKIPPED, null, null, "", null, problems);
    }

    /** Reading ran out of time: no verdict, read again later. */
    public static FileReport notRead(String path, Problem why) {
        return new FileReport(path, Outcome.NOT_READ, null, null, "", null, List.of(why));
    }

    public enum Outcome {
        ACCEPTED("ingest.outcome.accepted"),
        REJECTED("ingest.outcome.rejected"),
        DUPLICATE("ingest.outcome.duplicate"),
        SKIPPED("ingest.outcome.skipped"),
        /** Reading ran out of time: no verdict about the content; read again by the next ingest. */
        NOT_READ("ingest.outcome.notRead");

        private final String labelKey;

        Outcome(String labelKey) {
            this.labelKey = labelKey;
        }

        /** The word the office reads, e.g. 受理. */
        public String label() {
            return Messages.text(labelKey);
        }
    }

    /** One line for the console, e.g. "受理  input/returned/a.xlsx  朝外街道办事处 考核评分表（检查组/张三），替代此前 …". */
    public String line() {
        StringBuilder sb = new StringBuilder("[").append(outcome.label()).append("] ").append(path);
        if (identity != null && unitName != null) {
            sb.append("  ").append(Messages.text("ingest.line.unit", "unit", unitName, "unitCode", identity.unitCode(),
                    "form", identity.form().title()));
            if (assessor != null && !assessor.isEmpty()) {
                sb.append(Messages.text("ingest.line.assessor", "assessor", assessor));
            }
        }
        switch (outcome) {
            case ACCEPTED -> {
                if (earlier != null) {
                    sb.append(Messages.text("ingest.line.replaced", "path", earlier.originalPath()));
                }
            }
            case DUPLICATE -> sb.append(Messages.text("ingest.line.duplicate", "time", earlier.receivedAt(),
                    "path", earlier.originalPath(), "verdict", earlier.verdict().label()));
            case REJECTED -> sb.append(Messages.text("ingest.line.problems", "count", problems.size()));
            case SKIPPED, NOT_READ -> {
                if (!problems.isEmpty()) {
                    sb.append(Messages.text("ingest.line.reason", "reason", problems.get(0).describe()));
                }
            }
        }
        return sb.toString();
    }
}
