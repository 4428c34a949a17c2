package org.shuangbai.app;

import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

/** The steps of the demo as they finish, for an adapter to narrate; every method has a do-nothing default. */
public interface DemoListener extends RenderDocuments.Listener {
    default void planChecked(Plan plan) {
    }

    default void sandboxReady(Workspace demo) {
    }

    default void generated(GenerateResult result) {
    }

    default void filled(int returnedFiles) {
    }

    default void ingested(IngestSummary summary) {
    }

    default void statusWritten(StatusResult status) {
    }

    default void exported(ExportResult export) {
    }

    default void scored(ScoreResult score) {
    }

    default void rendered(RenderResult render) {
    }
}
