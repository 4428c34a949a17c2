package org.shuangbai.intake;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/**
 * The keyed signature over the identity and the locked cells, checked once the locked cells read back as
 * issued. A signature that fails is traced, when it can be, to the unit it was issued to: then the file
 * was renamed into another unit's identity rather than made elsewhere.
 */
record SignatureCheck(Plan plan, FormContract contract) {
    /**
     * Null when the signature is this workspace's over this identity and the labels, which read back as
     * {@code layout} issued them; else what is wrong.
     */
    Problem problem(FormIdentity identity, AssessedUnit unit, Assessor body, String signature, FormLayout layout) {
        if (signature.isEmpty()) {
            return Problem.ofSheet(ClaimedIdentity.SHEET, Messages.text("intake.signature.missing"),
                    Messages.text("intake.todo.useOriginal"));
        }
        if (contract.verify(identity, layout, signature)) {
            return null;
        }
        if (body != null) {
            return bodyProblem(identity, body, signature);
        }
        for (AssessedUnit other : plan.units()) {
            if (other.equals(unit)) {
                continue;
            }
            FormIdentity theirs = new FormIdentity(identity.planCode(), identity.year(), other.code(), identity.form(),
                    identity.templateVersion());
            if (contract.verify(theirs, contract.layout(other, identity.form()), signature)) {
                return Problem.ofSheet(ClaimedIdentity.SHEET, Messages.text("intake.signature.otherUnit",
                        "unit", unit.name(), "unitCode", unit.code(), "owner", other.name(), "ownerCode", other.code()),
                        Messages.text("intake.todo.useOriginal"));
            }
        }
        return Problem.ofSheet(ClaimedIdentity.SHEET, Messages.text("intake.signature.invalid"),
                Messages.text("intake.signature.invalid.todo"));
    }

    /** A body's identity whose signature is another body's workbook's: renamed to pass as that body's. */
    private Problem bodyProblem(FormIdentity identity, Assessor body, String signature) {
        for (Assessor other : plan.assessors().bodies()) {
            if (other.equals(body)) {
                continue;
            }
            FormIdentity theirs = new FormIdentity(identity.planCode(), identity.year(), other.code(), identity.form(),
                    identity.templateVersion());
            if (contract.verify(theirs, contract.layout(other), signature)) {
                return Problem.ofSheet(ClaimedIdentity.SHEET, Messages.text("intake.body.signatureOfOther",
                        "claimed", body.name(), "claimedCode", body.code(), "owner", other.name(),
                        "ownerCode", other.code()), Messages.text("intake.body.useOwn"));
            }
        }
        return Problem.ofSheet(ClaimedIdentity.SHEET, Messages.text("intake.body.signatureInvalid"),
                Messages.text("intake.body.useOwn"));
    }
}
