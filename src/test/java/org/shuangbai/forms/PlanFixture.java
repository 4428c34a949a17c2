package org.shuangbai.forms;

import java.nio.file.Path;

import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/** The bundled plan, loaded once per test JVM. */
final class PlanFixture {
    private static Plan plan;

    private PlanFixture() {
    }

    static synchronized Plan plan() {
        if (plan == null) {
            try {
                plan = org.shuangbai.TestPlans.unitSheets();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return plan;
    }

    static WorkspaceKey key(int seed) {
        byte[] b = new byte[WorkspaceKey.LENGTH];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return WorkspaceKey.of(b);
    }

    static WorkbookGenerator generator(WorkspaceKey key) {
        FormSigner signer = new FormSigner(key);
        return new WorkbookGenerator(FormTexts.bundled(), signer, signer.protectionPassword("CY-2009-SB"));
    }
}
