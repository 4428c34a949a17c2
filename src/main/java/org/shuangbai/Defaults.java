package org.shuangbai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The default plan, templates and report designs bundled in the jar (under defaults/). A workspace's
 * own file always wins; the bundled one is the fallback and what `init` copies.
 *
 * <p>Except an unedited copy: `init` copies every template and design into the workspace, so after an
 * upgrade the workspace would keep the old version's letter layout or wording although nobody chose it.
 * A template or design whose bytes are those of a version this program once bundled
 * ({@value #HISTORY}) is such a copy, and the running version's own file is used instead; a file the
 * office edited matches no version and keeps winning. The plan (input/plan) is the office's data, never
 * replaced this way.
 */
public final class Defaults {
    private static final String ROOT = "defaults/";
    /** Resource listing every bundled version of the templates and designs: sha256, two spaces, path. */
    static final String HISTORY = "bundled-history.sha256";
    /** The folders whose unedited copies give way to the running version's files. */
    public static final List<String> REPLACEABLE = List.of("templates", "reports");
    private static final Set<String> SHIPPED = shipped();

    private Defaults() {
    }

    /** Opens the workspace's own file if it has one ({@link #own}), else the bundled default of that path. */
    public static Optional<InputStream> open(Workspace workspace, String relativePath) throws IOException {
        Optional<Path> own = own(workspace, relativePath);
        if (own.isPresent()) {
            return Optional.of(Files.newInputStream(own.get()));
        }
        return Optional.ofNullable(Defaults.class.getClassLoader().getResourceAsStream(ROOT + relativePath));
    }

    /**
     * The workspace's file at {@code relativePath} (a path with forward slashes such as
     * {@code reports/letter.jrxml}), unless it is missing or an unedited copy of an earlier bundled version.
     */
    public static Optional<Path> own(Workspace workspace, String relativePath) throws IOException {
        Path file = workspace.root().resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return outdatedCopy(relativePath, file) ? Optional.empty() : Optional.of(file);
    }

    /**
     * The workspace's templates and designs that are unedited copies of an earlier version's bundled files,
     * so that the running version's files are used in their place (sorted relative paths): what an upgrade
     * changed under the office's feet, worth telling it.
     */
    public static List<String> outdatedCopies(Workspace workspace) throws IOException {
        List<String> found = new ArrayList<>();
        for (String folder : REPLACEABLE) {
            Path dir = workspace.root().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String relative = workspace.root().relativize(f).toString().replace('\\', '/');
                    if (outdatedCopy(relative, f)) {
                        found.add(relative);
                    }
                }
            }
        }
        return found;
    }

    /** Whether {@code file} holds a bundled version of {@code relativePath} other than the running one. */
    private static boolean outdatedCopy(String relativePath, Path file) throws IOException {
        String path = relativePath.replace('\\', '/');
        if (REPLACEABLE.stream().noneMatch(f -> path.startsWith(f + "/"))) {
            return false;
        }
        String hash = sha256(Files.readAllBytes(file));
        if (!SHIPPED.contains(hash + "  " + path)) {
            return false;
        }
        try (InputStream bundled = Defaults.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            // a copy of this very version is the same file either way; a version no longer bundled has no successor
            return bundled != null && !hash.equals(sha256(bundled.readAllBytes()));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> shipped() {
        try (InputStream in = Defaults.class.getClassLoader().getResourceAsStream(HISTORY)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + HISTORY);
            }
            Set<String> lines = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return Set.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
