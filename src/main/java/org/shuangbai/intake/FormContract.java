package org.shuangbai.intake;

import java.util.List;

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
     * Whether {@code signature} is this workspace's signature over the identity and these locked
     * cells (value as read: a String, a number, or null for blank).
     */
    boolean verify(FormIdentity identity, List<LabelRead> labels, String signature);

    /** A locked cell's text as the signature sees it (the generator's normalisation). */
    String normalize(Object value);

    /** A LABEL cell as read back from a returned file. */
    record LabelRead(String sheet, String ref, Object value) {
    }
}
