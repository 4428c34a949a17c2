package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What `render` made: every file, and the counts the office checks (letters, units reminded,
 * issue-ledger items and how many are overdue).
 */
public record RenderResult(List<Path> files, Path folder, int letters, int reminders, int ledgerItems,
                           long overdueItems) {
    public RenderResult {
        files = List.copyOf(files);
    }
}
