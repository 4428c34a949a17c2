package org.shuangbai.forms;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a text (a unit name, a rendered file-name template) safe as ONE file or folder name on Windows,
 * macOS and Linux: no path separators or characters Windows forbids, no "..", no reserved device name,
 * no leading or trailing dots and spaces, at most {@value #MAX_BYTES} UTF-8 bytes (a longer name loses its
 * middle, so names that differ only at the start or end stay different).
 */
public final class SafeFileName {
    static final int MAX_BYTES = 180;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\u2028\\u2029]");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9", "CONIN$", "CONOUT$");

    private SafeFileName() {
    }

    /** A safe name; {@code extension} (e.g. ".xlsx", or "" for a folder) is kept at the end. */
    public static String of(String text, String extension) {
        String base = text == null ? "" : text.strip();
        if (!extension.isEmpty() && base.toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT))) {
            base = base.substring(0, base.length() - extension.length());
        }
        base = FORBIDDEN.matcher(base).replaceAll("_");
        while (base.contains("..")) {
            base = base.replace("..", "_");
        }
        base = base.replaceAll("^[. ]+|[. ]+$", "");
        if (base.isEmpty()) {
            base = "_";
        }
        String stem = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        int limit = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        if (bytes(base) > limit) {
            // cut in the middle: the start (unit code) and the end (form title) are what tell files apart
            int budget = limit - bytes(ELLIPSIS);
            String head = base;
            while (bytes(head) > budget / 2) {
                head = head.substring(0, head.offsetByCodePoints(head.length(), -1));
            }
            String tail = base;
            while (bytes(tail) > budget - budget / 2) {
                tail = tail.substring(tail.offsetByCodePoints(0, 1));
            }
            base = head + ELLIPSIS + tail;
        }
        return base + extension;
    }

    private static final String ELLIPSIS = "…";

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
