package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

/** How many current values were exported, and the files (values.csv, values.xlsx). */
public record ExportResult(int values, List<Path> files) {
    public ExportResult {
        files = List.copyOf(files);
    }
}
