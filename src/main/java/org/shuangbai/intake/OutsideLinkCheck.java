package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.List;
import org.shuangbai.text.Messages;

/**
 * Hyperlinks and formulas pointing outside the workbook: listed with their sheet and cell, never followed,
 * and the file refused (the program opens no link and evaluates no formula, but a return that carries one
 * would carry it into the office's copies).
 */
final class OutsideLinkCheck {
    private OutsideLinkCheck() {
    }

    static List<Problem> problems(ReturnedWorkbook book) {
        List<Problem> out = new ArrayList<>();
        for (ReturnedWorkbook.OutsideLink link : book.outsideLinks()) {
            if (out.size() >= Problem.LISTED_ONE_BY_ONE) {
                out.add(Problem.ofFile(Messages.text("intake.link.more"), Messages.text("intake.link.more.todo")));
                break;
            }
            String what = link.hyperlink()
                    ? Messages.text("intake.link.hyperlink", "target", Problem.abbreviate(link.target()))
                    : link.cell() == null
                    ? Messages.text("intake.link.workbook", "target", Problem.abbreviate(link.target()))
                    : Messages.text("intake.link.formula");
            String todo = Messages.text(link.hyperlink() ? "intake.link.hyperlink.todo" : "intake.link.formula.todo");
            out.add(new Problem(link.sheet(), link.cell(), link.hyperlink() || link.cell() == null ? null : link.target(),
                    what, todo));
        }
        return out;
    }
}
