package org.shuangbai.app;

import java.nio.file.Path;

/** What `generate` wrote: how many units and workbooks, and where. */
public record GenerateResult(int units, int workbooks, Path folder) {
}
