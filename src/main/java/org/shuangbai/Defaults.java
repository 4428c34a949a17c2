package org.shuangbai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The default plan, templates and report designs bundled in the jar (under defaults/). A workspace's
 * own file always wins; the bundled one is the fallback and what `init` copies.
 */
public final class Defaults {
    private static final String ROOT = "defaults/";

    private Defaults() {
    }

    /** Opens the workspace's file if it exists, else the bundled default of the same relative path. */
    public static Optional<InputStream> open(Workspace workspace, String relativePath) throws IOException {
        Path own = workspace.root().resolve(relativePath);
        if (Files.isRegularFile(own)) {
            return Optional.of(Files.newInputStream(own));
        }
        return Optional.ofNullable(Defaults.class.getClassLoader().getResourceAsStream(ROOT + relativePath));
    }

    /** Copies every bundled file below {@code folder} (e.g. "input/plan") into {@code target/folder}. */
    public static List<Path> copy(String folder, Path target) throws IOException {
        URL url = Defaults.class.getClassLoader().getResource(ROOT + folder);
        if (url == null) {
            throw new IOException("bundled defaults missing: " + folder);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return copyTree(fs.getPath(ROOT + folder), target.resolve(folder));
            }
            return copyTree(Path.of(uri), target.resolve(folder));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<Path> copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                Path to = target.resolve(source.relativize(f).toString());
                try {
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                    return to;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
