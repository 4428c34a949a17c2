package org.shuangbai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting and emptying folder trees (between runs, never timed). */
final class Folders {
    private Folders() {
    }

    /** Leaves {@code dir} existing and empty (an output folder before a run). */
    static void empty(Path dir) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
