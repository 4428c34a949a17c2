package org.shuangbai.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A console serving a fresh {@link ConsoleFixture} for each test, with a client logged in to nothing yet:
 * register it with {@code @RegisterExtension}. Tests that start and stop servers themselves (restarts,
 * two servers, a plan with bodies) build their fixture by hand instead.
 */
final class RunningConsole implements BeforeEachCallback, AfterEachCallback {
    private Path dir;
    ConsoleFixture fx;
    ConsoleServer server;
    WebClient web;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("shuangbai-console");
        fx = new ConsoleFixture(dir);
        server = fx.start();
        web = new WebClient(server.url());
    }

    /** The test's own scratch folder, removed with the workspace. */
    Path dir() {
        return dir;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            server.close();
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }
}
