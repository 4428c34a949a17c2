package org.shuangbai.app;

import java.nio.file.Path;

/** What `generate` wrote: how many units, bodies and workbooks (both kinds together), and where. */
public record GenerateResult(int units, int workbooks, Path folder, int bodies) {
    public GenerateResult(int units, int workbooks, Path folder) {
        this(units, workbooks, folder, 0);
    }
}
