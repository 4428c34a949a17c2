package org.shuangbai.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Where an upload was put (its own folder under input/returned/), the files stored there in the order
 * intake will process them, and what was left out of a zip and why (one sentence each).
 */
public record UploadBatch(Path folder, List<Path> stored, List<String> refused) {
    public UploadBatch {
        stored = List.copyOf(stored);
        refused = List.copyOf(refused);
    }
}
