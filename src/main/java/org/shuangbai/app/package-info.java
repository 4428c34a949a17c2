/**
 * The application layer: one class per use case of the assessment office (check the plan, generate
 * the forms, ingest returns, status and reminders, export, score, render, demo, backup, restore, init).
 * Each takes a workspace and its options, owns the workspace lock, opens the ledger once, and returns a
 * result object that an adapter prints (the CLI) or shows (the web console). {@link org.shuangbai.app.Office}
 * is the facade of one-line calls over them. Nothing here prints.
 */
package org.shuangbai.app;
