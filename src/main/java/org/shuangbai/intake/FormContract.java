package org.shuangbai.intake;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;

/**
 * What intake needs from the generator side: the layout a workbook for a unit and form was written
 * with, and the check of its signature with the workspace key.
 */
public interface FormContract {

    /** The layout the generator writes for this unit and form (same plan and texts, same layout). */
    FormLayout layout(AssessedUnit unit, FormKind kind);

    /** The layout the generator writes for an assessing body's workbook (评分单位评分表). */
    FormLayout layout(Assessor body);

    /**
     * Whether {@code signature} is this workspace's signature over the identity and the locked cells as
     * {@code issued} holds them. Intake asks only once every locked cell of the file reads back as issued
     * (normalised), so these are the cells as read, without a copy of each one.
     */
    boolean verify(FormIdentity identity, FormLayout issued, String signature);

    /** A locked cell's text as the signature sees it (the generator's normalisation). */
    String normalize(Object value);
}
