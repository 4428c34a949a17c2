package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

import org.shuangbai.scoring.Results;

/**
 * The scores, the result files written (results.csv, indicators.csv, results.xlsx, rules.txt), and
 * whether the workspace had no ledger yet (then every unit is listed as not scored).
 */
public record ScoreResult(Results results, List<Path> files, boolean nothingReceived) {
    public ScoreResult {
        files = List.copyOf(files);
    }
}
