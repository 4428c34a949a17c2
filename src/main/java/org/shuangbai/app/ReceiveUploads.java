package org.shuangbai.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.shuangbai.Workspace;
import org.shuangbai.forms.SafeFileName;
import org.shuangbai.intake.IntakeLimits;
import org.shuangbai.text.Messages;

/**
 * Files handed over through the console (dropped one by one or as a .zip of folders) put where returns
 * belong: a new folder {@code input/returned/网页上传/<date-time>/} per upload, every name made safe
 * ({@link SafeFileName}, per folder level of a zip) and unique, so that the upload is then ingested like
 * any other returns — and stays in input/returned/ as the office's copy of what arrived.
 *
 * <p>A zip is unpacked within the intake's bounds (entries, size of one file, inflated total); what
 * exceeds them is left out and said. Names in zips made on Chinese Windows are usually GBK without the
 * UTF-8 flag: a name that is not valid UTF-8 is read as GB18030.
 */
public final class ReceiveUploads {
    /** One uploaded file, already streamed to a temporary file by the adapter (moved or deleted here). */
    public record Upload(String fileName, Path content) {
    }

    private static final DateTimeFormatter BATCH = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_DEPTH = 16;

    private ReceiveUploads() {
    }

    public static UploadBatch run(Workspace workspace, List<Upload> uploads, Clock clock) throws IOException {
        return run(workspace, uploads, clock, IntakeLimits.DEFAULT);
    }

    static UploadBatch run(Workspace workspace, List<Upload> uploads, Clock clock, IntakeLimits limits)
            throws IOException {
        Path folder = newBatchFolder(workspace, clock);
        List<Path> stored = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try {
            for (Upload u : uploads) {
                if (u.fileName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    unzip(u, folder, limits, stored, refused);
                } else {
                    stored.add(store(u, folder));
                }
            }
        } finally {
            deleteTemporary(uploads);
        }
        Collections.sort(stored);
        return new UploadBatch(folder, stored, refused);
    }

    /**
     * Raw exports from other systems (rating exports, the district's task list) handed over through the console,
     * kept as they came in a new folder {@code <parent>/<date-time>/}, names made safe and unique: the ledger
     * names the file an import was read from, so that file stays in the workspace. A .zip is kept as it is.
     */
    public static UploadBatch keep(Path parent, List<Upload> uploads, Clock clock) throws IOException {
        Path folder = newFolder(parent, clock);
        List<Path> stored = new ArrayList<>();
        try {
            for (Upload u : uploads) {
                stored.add(store(u, folder));
            }
        } finally {
            deleteTemporary(uploads);
        }
        return new UploadBatch(folder, stored, List.of());
    }

    /** Moves an upload into the folder under its own name, made safe and unique. */
    private static Path store(Upload u, Path folder) throws IOException {
        Path target = unique(folder.resolve(SafeFileName.of(u.fileName(), "")));
        Files.move(u.content(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** What is left of the temporary files (those not moved: a refused zip, a failure half-way). */
    private static void deleteTemporary(List<Upload> uploads) throws IOException {
        for (Upload u : uploads) {
            Files.deleteIfExists(u.content());
        }
    }

    private static Path newBatchFolder(Workspace workspace, Clock clock) throws IOException {
        return newFolder(workspace.returnedDir().resolve(SafeFileName.of(Messages.text("console.upload.folder"), "")),
                clock);
    }

    private static Path newFolder(Path parent, Clock clock) throws IOException {
        Files.createDirectories(parent);
        String base = BATCH.format(clock.instant().atZone(ZoneId.systemDefault()));
        for (int n = 1; ; n++) {
            Path folder = parent.resolve(n == 1 ? base : base + "-" + n);
            try {
                return Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // two uploads in one second: the next number
            }
        }
    }

    /** {@code name.xlsx}, else {@code name (2).xlsx}, … : an upload never overwrites another file. */
    static Path unique(Path wanted) {
        if (!Files.exists(wanted)) {
            return wanted;
        }
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            Path candidate = wanted.resolveSibling(SafeFileName.of(stem + " (" + n + ")", ext));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static void unzip(Upload u, Path folder, IntakeLimits limits, List<Path> stored, List<String> refused)
            throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(u.content()).setCharset(StandardCharsets.UTF_8).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxZipEntries()) {
                refused.add(Messages.text("console.upload.zipTooManyEntries", "zip", u.fileName(),
                        "entries", entries.size(), "max", limits.maxZipEntries()));
                return;
            }
            long inflated = 0;
            Path unpacked = folder.resolve(SafeFileName.of(stemOf(u.fileName()), ""));
            for (ZipArchiveEntry e : entries) {
                List<String> segments = segments(name(e));
                if (e.isDirectory() || segments.isEmpty() || segments.size() > MAX_DEPTH || ignored(segments)) {
                    continue;
                }
                String shown = String.join("/", segments);
                if (e.getSize() > limits.maxFileBytes()) {
                    refused.add(tooLarge(u, shown, limits));
                    continue;
                }
                Path target = unpacked;
                for (String s : segments) {
                    target = target.resolve(SafeFileName.of(s, ""));
                }
                Files.createDirectories(target.getParent());
                target = unique(target);
                long copied = copyAtMost(zip, e, target, Math.min(limits.maxFileBytes(),
                        limits.maxInflatedBytes() - inflated));
                if (copied < 0) {
                    Files.deleteIfExists(target);
                    if (inflated + limits.maxFileBytes() >= limits.maxInflatedBytes()) {
                        refused.add(Messages.text("console.upload.zipTooLarge", "zip", u.fileName(),
                                "max", IntakeLimits.megabytes(limits.maxInflatedBytes(), java.math.RoundingMode.FLOOR)));
                        return;
                    }
                    refused.add(tooLarge(u, shown, limits));
                    continue;
                }
                inflated += copied;
                stored.add(target);
            }
        } catch (IOException e) {
            refused.add(Messages.text("console.upload.zipUnreadable", "zip", u.fileName(), "error", e.getMessage()));
        }
    }

    private static String tooLarge(Upload u, String entry, IntakeLimits limits) {
        return Messages.text("console.upload.entryTooLarge", "zip", u.fileName(), "entry", entry,
                "max", IntakeLimits.megabytes(limits.maxFileBytes(), java.math.RoundingMode.FLOOR));
    }

    /** Copies the entry's data, or returns -1 (leaving a partial file) as soon as it exceeds {@code max} bytes. */
    private static long copyAtMost(ZipFile zip, ZipArchiveEntry e, Path target, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = zip.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static String name(ZipArchiveEntry e) {
        if (e.getGeneralPurposeBit().usesUTF8ForNames()) {
            return e.getName();
        }
        byte[] raw = e.getRawName();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, Charset.forName("GB18030"));
        }
    }

    /** The folder levels of an entry name; "." and ".." are dropped, so nothing lands outside the zip's folder. */
    private static List<String> segments(String name) {
        List<String> out = new ArrayList<>();
        for (String s : name.replace('\\', '/').split("/")) {
            if (!s.isEmpty() && !s.equals(".") && !s.equals("..")) {
                out.add(s);
            }
        }
        return out;
    }

    /** What intake itself ignores (hidden files, office lock files) and the resource forks macOS adds. */
    private static boolean ignored(List<String> segments) {
        return segments.get(0).equals("__MACOSX")
                || segments.stream().anyMatch(s -> s.startsWith(".") || s.startsWith("~$"));
    }

    private static String stemOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
