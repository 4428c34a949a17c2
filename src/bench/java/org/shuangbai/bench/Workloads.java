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
            case "render" -> "year scored unit by unit from a ledger of N sample score sheets and the bodies' sheets (recorded untimed), notice with N-row summary + N letters (PDF and DOCX), each letter re-reading and re-scoring its unit; baseline: trivial design, same fonts, N-row table + N one-page letters, PDF";
            case "bodies-generate" -> "the bundled plan's bodies' workbooks for N units (each body all the units it scores); baseline: plain XSSF, same cells";
            case "bodies-ingest" -> "those workbooks filled, into a fresh ledger; baseline: POI SAX reader, same input cells";
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
            case "bodies-generate/baseline" -> new BodyWorkloads.GenerateBaseline(workspace,
                    scratch.resolve("baseline-bodies"));
            case "bodies-generate/real" -> new BodyWorkloads.Generate(workspace);
            case "bodies-ingest/prepare" -> new BodyWorkloads.Prepare(workspace, scratch.resolve("returned-bodies"));
            case "bodies-ingest/baseline" -> new BodyWorkloads.IngestBaseline(workspace, scratch.resolve("returned-bodies"));
            case "bodies-ingest/real" -> new BodyWorkloads.Ingest(workspace, scratch.resolve("returned-bodies"));
            case "render/baseline" -> new BaselineWorkloads.Render(scratch.resolve("baseline-render"));
            default -> throw new IllegalArgumentException("no workload for " + caseName + "/" + variant);
        };
    }
}
