package org.shuangbai.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shuangbai.Workspace;

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

    /** A workspace in {@code dir} whose stored key is {@code key}, as `init` would leave it. */
    static Workspace workspace(Path dir, WorkspaceKey key) throws IOException {
        Workspace ws = new Workspace(dir);
        Files.createDirectories(ws.keyFile().getParent());
        Files.write(ws.keyFile(), key.bytes());
        return ws;
    }

    static WorkbookGenerator generator(WorkspaceKey key) {
        FormSigner signer = new FormSigner(key);
        return new WorkbookGenerator(FormTexts.bundled(), signer, signer.protectionPassword("CY-2009-SB"));
    }
}
