package org.shuangbai.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** The bundled plan copied into a test's folder and edited there; the seed's text for word-for-word checks. */
final class PlanFiles {
    private PlanFiles() {
    }

    /** Copies the bundled plan's files into {@code dir}: the required ones, and the optional ones if asked. */
    static Path copyBundled(Path dir, boolean withAssessors) throws IOException {
        Files.createDirectories(dir);
        List<String> files = new java.util.ArrayList<>(PlanLoader.FILES);
        if (withAssessors) {
            files.addAll(PlanLoader.OPTIONAL_FILES);
        }
        for (String f : files) {
            Files.copy(Path.of("input/plan").resolve(f), dir.resolve(f));
        }
        return dir;
    }

    static void edit(Path dir, String file, UnaryOperator<String> change) throws IOException {
        Path p = dir.resolve(file);
        Files.writeString(p, change.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** The seed's text without white space, or null where the seed is not beside the checkout. */
    static String seed() throws IOException {
        Path seedFile = Path.of("../shared/seeds/000_6f26aea8bfddf5f8.txt");
        return Files.exists(seedFile) ? Files.readString(seedFile).replaceAll("\\s+", "") : null;
    }
}
