package org.shuangbai.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.shuangbai.Defaults;
import org.shuangbai.Workspace;

/**
 * Finds a page template by name (e.g. {@code board.vm}) under the workspace's {@code templates/web/} or,
 * when the office has not made its own, the bundled default: an edited page takes effect on the next
 * request (modification checked by the file's time).
 */
final class TemplateLoader extends ResourceLoader {
    static final String FOLDER = "templates/web/";

    private final Workspace workspace;

    TemplateLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void init(ExtProperties configuration) {
        // nothing: the workspace is given at construction
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        if (!name.matches("[A-Za-z0-9_-]+\\.vm")) {
            throw new ResourceNotFoundException("not a page template name: " + name);
        }
        try {
            Optional<InputStream> in = Defaults.open(workspace, FOLDER + name);
            if (in.isEmpty()) {
                throw new ResourceNotFoundException("no page template " + FOLDER + name);
            }
            return new InputStreamReader(in.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read " + FOLDER + name + ": " + e.getMessage(), e, null);
        }
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return getLastModified(resource) != resource.getLastModified();
    }

    @Override
    public long getLastModified(Resource resource) {
        Path own = workspace.root().resolve(FOLDER + resource.getName());
        try {
            return Files.isRegularFile(own) ? Files.getLastModifiedTime(own).toMillis() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
