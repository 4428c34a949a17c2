package org.shuangbai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deleting, emptying and setting aside folder trees (between runs, never timed).
 *
 * <p>A run's output is set aside, not deleted, before the next run. ext4 without a journal (the
 * benchmark machine's root file system) will not reuse a recently freed inode: each new file or folder
 * skips, one by one, every inode freed there in the last minutes. Deleting each run's thousands of
 * files therefore made every later file creation slower, run after run, so the row measured last
 * (generate on 2 threads, after 1) paid the most kernel time for the bench's own cleaning. The trees
 * set aside go with the scratch folder of their N, after all of that N's rows.
 */
final class Folders {
    /** Where {@link #discard} puts trees, beside the folder they came from (so a rename, on the same file system). */
    static final String DISCARDED = ".discarded";

    private Folders() {
    }

    /** Leaves {@code dir} existing and empty (an output folder before a run); what it held is set aside. */
    static void empty(Path dir) throws IOException {
        discard(dir);
        Files.createDirectories(dir);
    }

    /**
     * Removes {@code dir} from its place by renaming it into a {@value #DISCARDED} folder beside it;
     * deletes it instead where a rename cannot move it.
     */
    static void discard(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Path aside = Files.createDirectories(dir.toAbsolutePath().resolveSibling(DISCARDED));
        try {
            Files.move(dir, Files.createTempDirectory(aside, dir.getFileName().toString()).resolve("tree"));
        } catch (IOException e) {
            deleteTree(dir);
        }
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
