package org.shuangbai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The options a measuring child JVM starts with take effect there. The launcher's options ignore an
 * unrecognised one without a word, so a misspelt flag would leave the figures measured the old way:
 * this asks a JVM started with the child's options what it runs with.
 */
class ChildOptionsTest {
    @Test
    void aChildsWholeHeapCollectionsLeaveNoDeadSpaceAndItSeesTheMeasuredCores() throws Exception {
        List<String> flags = finalFlags(Bench.javaCommand(Bench.childOptions(1)));
        assertEquals("0", value(flags, "MarkSweepDeadRatio"), String.join("\n", flags));
        assertEquals("1", value(flags, "ActiveProcessorCount"));
        assertEquals(String.valueOf(1L << 30), value(flags, "MaxHeapSize"));
        assertEquals("true", value(flags, "UseSerialGC"));
    }

    private static List<String> finalFlags(List<String> java) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(java);
        cmd.add("-XX:+PrintFlagsFinal");
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        return lines;
    }

    /** The value of {@code name} in -XX:+PrintFlagsFinal's lines ("type name = value {kind} {origin}"). */
    private static String value(List<String> flags, String name) {
        for (String line : flags) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 4 && words[1].equals(name) && words[2].equals("=")) {
                return words[3];
            }
        }
        throw new AssertionError(name + " not among the JVM's flags");
    }
}
