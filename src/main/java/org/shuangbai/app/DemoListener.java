package org.shuangbai.app;

import org.shuangbai.Workspace;
import org.shuangbai.plan.Plan;

/** The steps of the demo as they finish, for an adapter to narrate; every method has a do-nothing default. */
public interface DemoListener extends RenderDocuments.Listener {
    default void planChecked(Plan plan) {
    }

    default void sandboxReady(Workspace demo) {
    }

    /** The demo's district task list imported (only when the plan has none of its own). */
    default void tasksImported(ImportTasksResult result) {
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

    /** The demo's 公共评议 exports imported (a plan without 公共评议 rules skips this step). */
    default void ratingsImported(ImportRatingsResult result) {
    }

    /** The returned registrations checked against the district's task list (a plan without one skips this). */
    default void tasksChecked(TaskCheckResult result) {
    }

    default void scored(ScoreResult score) {
    }

    default void rendered(RenderResult render) {
    }
}
