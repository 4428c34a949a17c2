package org.shuangbai.bench;

import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/** The cells of a form, as the benchmark's baselines write and read them: the real layouts. */
final class Layouts {
    private Layouts() {
    }

    static FormLayout of(Plan plan, AssessedUnit unit, FormKind kind) {
        return FormLayouts.build(plan, unit, kind);
    }
}
