package org.shuangbai.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.shuangbai.Workspace;

/**
 * Which files the console may send: regular files under the workspace's {@code output/} and
 * {@code input/returned/}, named by their path relative to the workspace ("output/reports/01_考核结果通报.pdf").
 * Anything else is refused — absolute paths, "..", hidden names (so never .shuangbai/ with the key), other
 * folders, and a symbolic link whose target lies outside those folders.
 */
final class DownloadPaths {
    private final Path root;
    private final List<Path> allowed;

    DownloadPaths(Workspace workspace) {
        this.root = workspace.root();
        this.allowed = List.of(workspace.outputDir(), workspace.returnedDir());
    }

    /** A path the console never sends, whether or not such a file exists (the attempt is logged). */
    static final class Refused extends Exception {
        Refused(String path) {
            super(path);
        }
    }

    /**
     * The file; empty when the path is allowed but no such file exists.
     *
     * @throws Refused when the path points outside the folders the console sends from
     */
    Optional<Path> resolve(String relative) throws Refused {
        if (relative == null || relative.isEmpty() || relative.length() > 4096) {
            throw new Refused(String.valueOf(relative));
        }
        String unified = relative.replace('\\', '/');
        if (unified.startsWith("/") || unified.contains(":") || unified.indexOf('\0') >= 0) {
            throw new Refused(relative);
        }
        for (String segment : unified.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(".")) {
                throw new Refused(relative);
            }
        }
        Path file = root.resolve(unified).normalize();
        if (allowed.stream().noneMatch(a -> file.startsWith(a) && !file.equals(a))) {
            throw new Refused(relative);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            for (Path a : allowed) {
                if (Files.isDirectory(a) && real.startsWith(a.toRealPath())) {
                    return Optional.of(file);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        throw new Refused(relative);
    }

    /** The relative path the console names a file by (for links), or empty when it could not be downloaded. */
    Optional<String> name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            return Optional.empty();
        }
        String relative = root.relativize(abs).toString().replace('\\', '/');
        return allowed.stream().anyMatch(a -> abs.startsWith(a) && !abs.equals(a)) ? Optional.of(relative)
                : Optional.empty();
    }
}
