package org.shuangbai.web;

import java.nio.file.Path;

/**
 * Links to files for the page templates: {@code $files.href($record.originalPath())} gives the download
 * link of a file the console may send (see {@link DownloadPaths}) and "" otherwise (a file ingested from
 * outside the workspace, a file since removed), so a template never builds a path itself.
 */
public final class FileLinks {
    private final DownloadPaths downloads;
    private final Format format = new Format();

    FileLinks(DownloadPaths downloads) {
        this.downloads = downloads;
    }

    /** For a path as intake displays it (relative to the workspace), or "". */
    public String href(String workspacePath) {
        try {
            return downloads.resolve(workspacePath).map(p -> "/files?path=" + format.q(workspacePath)).orElse("");
        } catch (DownloadPaths.Refused e) {
            return "";
        }
    }

    /** For a file of the workspace, or "". */
    public String of(Path file) {
        return downloads.name(file).map(this::href).orElse("");
    }

    /** The in-page preview link (PDF shown inline), or "". */
    public String preview(Path file) {
        String href = of(file);
        return href.isEmpty() ? "" : href + "&inline=1";
    }

    public String name(Path file) {
        return file.getFileName().toString();
    }

    /** The path shown to the office, relative to the workspace when inside it. */
    public String shown(Path file) {
        return downloads.name(file).orElse(file.toString());
    }
}
