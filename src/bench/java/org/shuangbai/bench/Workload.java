package org.shuangbai.bench;

/**
 * One thing the benchmark times. {@link #prepare} and {@link #reset} are never timed;
 * {@link #run} is, once per run. {@code units} lets the warm-up run a smaller share of the same work.
 */
interface Workload {
    /** Builds everything the timed part needs for up to {@code units} units. */
    void prepare(int units) throws Exception;

    /** Restores the starting state (e.g. an empty output folder or a fresh ledger) before a run. */
    default void reset() throws Exception {
    }

    /** The timed work for the first {@code units} units. */
    void run(int units) throws Exception;

    /** Pages produced by the last run (render cases), else 0. */
    default int pages() {
        return 0;
    }

    /** A remark the report prints beside the figures (what was measured, if not obvious). */
    default String note() {
        return "";
    }
}
