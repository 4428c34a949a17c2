package org.shuangbai.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error in UTF-8 whatever the platform locale, so Chinese messages survive a
 * POSIX locale (CI, cron) instead of turning into question marks.
 */
public final class Console {
    public static final PrintWriter OUT = new PrintWriter(
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), true);
    public static final PrintWriter ERR = new PrintWriter(
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), true);

    private Console() {
    }
}
