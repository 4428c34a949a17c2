package org.shuangbai.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;

/**
 * Refused requests worth an administrator's eye (a path outside the workspace, a missing CSRF token, a
 * wrong password, a foreign Host), one line each, on the server's standard error and appended to
 * {@code .shuangbai/console-security.log}.
 */
final class SecurityLog {
    static final String FILE = "console-security.log";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Path file;
    private final PrintStream err;

    SecurityLog(Workspace workspace, PrintStream err) {
        this.file = workspace.privateDir().resolve(FILE);
        this.err = err;
    }

    static Path file(Workspace workspace) {
        return workspace.privateDir().resolve(FILE);
    }

    /** {@code what} is the message text already filled; the address and request line are added here. */
    synchronized void refused(Instant when, String address, String request, String what) {
        // a request line can hold anything the client sent: no line breaks into the log
        String line = Messages.text("console.log.line", "time", TIME.format(when), "address", address,
                "request", request.replaceAll("[\\p{Cntrl}]", "?"), "what", what);
        err.println(line);
        try {
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            err.println(Messages.text("console.log.unwritable", "file", file, "error", e.getMessage()));
        }
    }
}
