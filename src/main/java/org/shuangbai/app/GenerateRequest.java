package org.shuangbai.app;

import java.util.List;

import org.shuangbai.plan.FormKind;

/**
 * What to generate: the units and the assessing bodies by code, and the forms (empty: all, the bodies'
 * workbooks included). Naming units only (or bodies only) generates theirs alone; naming neither, all of them.
 */
public record GenerateRequest(List<String> unitCodes, List<FormKind> forms, List<String> bodyCodes) {
    public GenerateRequest {
        unitCodes = List.copyOf(unitCodes);
        forms = List.copyOf(forms);
        bodyCodes = List.copyOf(bodyCodes);
    }

    public GenerateRequest(List<String> unitCodes, List<FormKind> forms) {
        this(unitCodes, forms, List.of());
    }

    public static GenerateRequest all() {
        return new GenerateRequest(List.of(), List.of());
    }
}
