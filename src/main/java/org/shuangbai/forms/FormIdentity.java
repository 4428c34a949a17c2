package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;

/**
 * Who a distributed workbook belongs to. Carried inside the workbook (never inferred from its file
 * name) and covered by the signature.
 *
 * @param unitCode the holder's code: the assessed unit's, or for the bodies' workbook ({@link FormKind#heldByBody})
 *                 the assessing body's. The form word in the signed text tells which, so a unit's forms keep
 *                 exactly the signed text they always had.
 */
public record FormIdentity(String planCode, int year, String unitCode, FormKind form, String templateVersion) {

    /** The text the signature covers; fields never contain '|' (codes are validated by the plan). */
    public String canonical() {
        return String.join("|", "shuangbai-form", planCode, Integer.toString(year), unitCode, form.option(),
                templateVersion);
    }
}
