package org.shuangbai.web;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.shuangbai.plan.PlanException;
import org.shuangbai.plan.PlanProblem;
import org.shuangbai.text.Messages;

/**
 * An operation's failure as the lines a page shows: the conditions the office can act on (an invalid plan
 * with each problem, a missing font, a damaged ledger, a wrong request) say what to do in their own message;
 * anything else is a bug, reported with its type and logged with its stack trace.
 */
final class Failures {
    private Failures() {
    }

    static List<String> lines(Exception e, PrintStream log) {
        List<String> out = new ArrayList<>();
        if (e instanceof PlanException p) {
            out.add(Messages.text("plan.invalid.heading", "count", p.problems().size()));
            for (PlanProblem problem : p.problems()) {
                out.add(problem.describe());
            }
            out.add(Messages.text("plan.invalid.todo"));
            return out;
        }
        if (expected(e)) {
            out.add(e.getMessage());
            return out;
        }
        e.printStackTrace(log);
        out.add(Messages.text("console.error.internal", "error", e));
        return out;
    }

    /** The exceptions whose message is written for the office (as the CLI maps them to exit codes). */
    static boolean expected(Exception e) {
        return e instanceof org.shuangbai.app.UsageException || e instanceof java.io.IOException
                || e instanceof org.shuangbai.ledger.LedgerException
                || e instanceof org.shuangbai.documents.MissingFontException
                || e instanceof org.shuangbai.documents.DesignException
                || e instanceof org.shuangbai.ledger.LedgerBackup.InvalidLedger
                || e instanceof org.shuangbai.ledger.WorkspaceLock.Busy;
    }
}
