package org.shuangbai.app;

import java.util.List;

/** Every file of one `import ratings` run, and the 公共评议 scores recomputed after it. */
public record ImportRatingsResult(List<RatingFileReport> files, PublicScoresResult scores) {
    public ImportRatingsResult {
        files = List.copyOf(files);
    }

    /** Whether every file was imported (or a duplicate) without bad rows. */
    public boolean allClean() {
        return files.stream().allMatch(RatingFileReport::clean);
    }
}
