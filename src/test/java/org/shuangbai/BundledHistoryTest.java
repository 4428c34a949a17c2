package org.shuangbai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundled template and design is listed in {@code src/main/resources/bundled-history.sha256}: a workspace
 * copy of the file as it is now is recognised as unedited by the versions that come after (see Defaults).
 */
class BundledHistoryTest {
    @Test
    void everyBundledTemplateAndDesignIsInTheHistory() throws IOException {
        List<String> shipped = Files.readAllLines(Path.of("src/main/resources", Defaults.HISTORY));
        List<String> missing = new ArrayList<>();
        for (String folder : Defaults.REPLACEABLE) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String line = Defaults.sha256(Files.readAllBytes(f)) + "  " + f.toString().replace('\\', '/');
                    if (!shipped.contains(line)) {
                        missing.add(line);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "a bundled file changed: append these lines to src/main/resources/"
                + Defaults.HISTORY + " (keep the old ones)");
    }
}
