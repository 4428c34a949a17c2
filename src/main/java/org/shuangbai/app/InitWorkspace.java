package org.shuangbai.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.shuangbai.Defaults;
import org.shuangbai.text.Messages;

/** A new workspace holding a copy of the bundled default plan, templates and report designs. */
public final class InitWorkspace {
    private InitWorkspace() {
    }

    /** @return how many files were copied */
    public static int run(Path dir) throws IOException, UsageException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException(Messages.text("init.notEmpty", "path", dir.toAbsolutePath()));
                }
            }
        }
        Files.createDirectories(dir);
        int n = 0;
        for (String folder : new String[] {"input/plan", "templates", "reports"}) {
            n += Defaults.copy(folder, dir).size();
        }
        for (String folder : new String[] {"input/returned", "output"}) {
            Files.createDirectories(dir.resolve(folder));
        }
        return n;
    }
}
