package org.shuangbai.app;

import java.util.List;

import org.shuangbai.plan.FormKind;

/**
 * What to generate: the units by code (empty: every unit of the plan) and the forms (empty: all).
 */
public record GenerateRequest(List<String> unitCodes, List<FormKind> forms) {
    public GenerateRequest {
        unitCodes = List.copyOf(unitCodes);
        forms = List.copyOf(forms);
    }

    public static GenerateRequest all() {
        return new GenerateRequest(List.of(), List.of());
    }
}
