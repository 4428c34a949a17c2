package org.shuangbai.bench;

import java.nio.file.Path;

import org.shuangbai.Workspace;

/** Which workload each case and variant is. */
final class Workloads {
    static final String BASELINE = "baseline";
    static final String REAL = "real";
    /** Not timed: writes the filled score workbooks the ingest cases read. */
    static final String PREPARE = "prepare";

    private Workloads() {
    }

    static boolean available(String caseName, String variant) {
        try {
            create(caseName, variant, new Workspace(Path.of("")), Path.of(""));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What the report says about how each case is measured. */
    static String note(String caseName) {
        return switch (caseName) {
            case "generate" -> "N units × 3 workbooks; baseline: plain XSSF, same cells, no styles/validation/protection/signature";
            case "ingest" -> "N filled score workbooks into a fresh ledger; baseline: POI SAX reader, same input cells";
            case "render" -> "notice with N-row summary + N letters (PDF and DOCX) from scored sample answers; baseline: trivial design, same fonts, N-row table + N one-page letters, PDF";
            default -> "";
        };
    }

    /** The child JVM sees exactly the cores a case is measured with, so no workload takes a thread count. */
    static Workload create(String caseName, String variant, Workspace workspace, Path scratch) {
        Path returned = scratch.resolve("returned");
        return switch (caseName + "/" + variant) {
            case "generate/baseline" -> new BaselineWorkloads.Generate(workspace, scratch.resolve("baseline-generate"));
            case "generate/real" -> new RealWorkloads.Generate(workspace);
            case "ingest/baseline" -> new BaselineWorkloads.Ingest(workspace, returned);
            case "ingest/real" -> new RealWorkloads.Ingest(workspace, returned);
            case "ingest/prepare" -> new FilledReturns(workspace, returned);
            case "render/real" -> new RealRender(workspace);
            case "render/baseline" -> new BaselineWorkloads.Render(scratch.resolve("baseline-render"));
            default -> throw new IllegalArgumentException("no workload for " + caseName + "/" + variant);
        };
    }
}
