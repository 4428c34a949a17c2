package org.shuangbai.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error in UTF-8 whatever the platform locale, so Chinese messages survive a
 * POSIX locale (CI, cron) instead of turning into question marks. Tests may redirect both.
 */
public final class Console {
    private static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream STDERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    private static final Switch OUT_TARGET = new Switch(STDOUT);
    private static final Switch ERR_TARGET = new Switch(STDERR);

    public static final PrintWriter OUT = new PrintWriter(OUT_TARGET, true);
    public static final PrintWriter ERR = new PrintWriter(ERR_TARGET, true);

    private Console() {
    }

    /** The stream behind ERR, for libraries that want an OutputStream (e.g. a progress bar). */
    public static PrintStream errStream() {
        return ERR_TARGET.stream;
    }

    static void redirect(PrintStream out, PrintStream err) {
        OUT.flush();
        ERR.flush();
        OUT_TARGET.stream = out;
        ERR_TARGET.stream = err;
    }

    static void restore() {
        redirect(STDOUT, STDERR);
    }

    /** A writer whose target stream can be swapped (tests capture output this way). */
    private static final class Switch extends Writer {
        volatile PrintStream stream;

        Switch(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            stream.print(new String(cbuf, off, len));
        }

        @Override
        public void flush() {
            stream.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

}
