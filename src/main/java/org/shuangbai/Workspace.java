package org.shuangbai;

import java.nio.file.Path;

/**
 * A folder the office works in: the year's plan, the returned workbooks, the ledger, the workspace
 * key and everything generated. Every command works on one workspace; nothing is read or written
 * outside it except the paths the user names.
 */
public record Workspace(Path root) {
    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    public Path planDir() {
        return root.resolve("input").resolve("plan");
    }

    public Path returnedDir() {
        return root.resolve("input").resolve("returned");
    }

    /** Raw data exported by other systems (公共评议 ratings, the task list), kept for import. */
    public Path importsDir() {
        return root.resolve("input").resolve("imports");
    }

    public Path outputDir() {
        return root.resolve("output");
    }

    public Path distributionDir() {
        return outputDir().resolve("distribution");
    }

    public Path statusDir() {
        return outputDir().resolve("status");
    }

    public Path exportDir() {
        return outputDir().resolve("export");
    }

    public Path resultsDir() {
        return outputDir().resolve("results");
    }

    public Path reportsDir() {
        return outputDir().resolve("reports");
    }

    /** 公共评议 scores from the imported raw data, with their sources and rules. */
    public Path evaluationDir() {
        return outputDir().resolve("evaluation");
    }

    /** The 立项 check against the district's task list: 整改要求 per unit, the summary, matches to confirm. */
    public Path tasksDir() {
        return outputDir().resolve("tasks");
    }

    public Path templatesDir() {
        return root.resolve("templates");
    }

    public Path reportsDesignDir() {
        return root.resolve("reports");
    }

    /** Private state of the workspace (key, lock); never committed, never sent out. */
    public Path privateDir() {
        return root.resolve(".shuangbai");
    }

    /** The secret that signs distributed workbooks. Losing it means returned files can no longer be verified. */
    public Path keyFile() {
        return privateDir().resolve("workspace.key");
    }

    public Path lockFile() {
        return privateDir().resolve("lock");
    }

    public Path ledgerDir() {
        return root.resolve("ledger");
    }

    public Path ledgerFile() {
        return ledgerDir().resolve("ledger.db");
    }
}
