package org.shuangbai.intake;

import java.util.ArrayList;
import java.util.List;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * Whose file it says it is, checked against the plan before any cell is compared: an identity present
 * and complete, of this plan and year, naming a unit of the plan, in the current template version, with
 * every sheet of its form. The identity stays unverified here; the signature over it and the locked
 * cells is checked after ({@link LockedLabelCheck}, {@link SignatureCheck}).
 */
record IdentityCheck(Plan plan, FormContract contract) {
    /**
     * The file's claim. When problems is not empty the file is refused; identity is then what the
     * refusal records (null when none could be read), unit and layout may be null. A body's workbook
     * ({@link org.shuangbai.plan.FormKind#heldByBody}) has its body and no unit.
     */
    record Result(FormIdentity identity, AssessedUnit unit, Assessor body, FormLayout layout, List<Problem> problems) {
        static Result refused(FormIdentity identity, Problem... problems) {
            return new Result(identity, null, null, null, List.of(problems));
        }

        boolean passed() {
            return problems.isEmpty();
        }
    }

    /** @param claimed the identity found in the file, or null when it carries none */
    Result check(ReturnedWorkbook book, ClaimedIdentity claimed) {
        if (claimed == null) {
            return Result.refused(null, Problem.ofFile(
                    Messages.text("intake.identity.missing", "sheet", ClaimedIdentity.SHEET),
                    Messages.text("intake.identity.missing.todo")));
        }
        FormIdentity identity = claimed.identity();
        if (identity == null) {
            return Result.refused(null, new Problem(ClaimedIdentity.SHEET, null, String.valueOf(claimed.entries()),
                    Messages.text("intake.identity.incomplete", "source", claimed.source()),
                    Messages.text("intake.todo.useOriginal")));
        }
        var settings = plan.settings();
        if (!identity.planCode().equals(settings.planCode()) || identity.year() != settings.year()) {
            return Result.refused(identity, Problem.ofFile(Messages.text("intake.identity.otherPlan",
                    "planCode", identity.planCode(), "year", identity.year(), "ourPlanCode", settings.planCode(),
                    "ourYear", settings.year()), Messages.text("intake.identity.otherPlan.todo")));
        }
        AssessedUnit unit = null;
        Assessor body = null;
        if (identity.form().heldByBody()) {
            body = plan.assessors().body(identity.unitCode()).orElse(null);
            if (body == null) {
                return Result.refused(identity, Problem.ofFile(Messages.text("intake.body.unknown",
                        "code", identity.unitCode()), Messages.text("intake.body.unknown.todo")));
            }
        } else {
            unit = plan.unit(identity.unitCode()).orElse(null);
            if (unit == null) {
                return Result.refused(identity, Problem.ofFile(Messages.text("intake.identity.unknownUnit",
                        "unitCode", identity.unitCode()), Messages.text("intake.identity.unknownUnit.todo")));
            }
        }
        if (!identity.templateVersion().equals(settings.forms().templateVersion())) {
            return Result.refused(identity, Problem.ofFile(Messages.text("intake.identity.oldVersion",
                    "version", identity.templateVersion(), "current", settings.forms().templateVersion()),
                    Messages.text("intake.identity.oldVersion.todo")));
        }
        FormLayout layout = body != null ? contract.layout(body) : contract.layout(unit, identity.form());
        List<Problem> missing = missingSheets(book, layout);
        return missing.isEmpty() ? new Result(identity, unit, body, layout, List.of())
                : new Result(identity, null, null, null, missing);
    }

    /** Every sheet of the form the file claims to be, by name (a deleted or renamed sheet refuses it). */
    private static List<Problem> missingSheets(ReturnedWorkbook book, FormLayout layout) {
        List<Problem> problems = new ArrayList<>();
        for (String sheet : layout.sheets()) {
            if (!book.sheetNames().contains(sheet)) {
                problems.add(Problem.ofSheet(sheet, Messages.text("intake.sheet.missing", "sheet", sheet),
                        Messages.text("intake.sheet.missing.todo")));
            }
        }
        return problems;
    }
}
