package org.shuangbai.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message file and the code agree: every key the code asks for exists in the bundled
 * templates/messages.properties, and every key there is named by the code (a key no code names is a
 * message the office would reword in vain).
 */
class MessagesCatalogTest {
    private static final Pattern CALL = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][\\w-]*(?:\\.[\\w-]+)+)\"");

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = CALL.matcher(source);
            while (m.find()) {
                if (!Messages.bundledKeys().contains(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing, "keys used in code but missing from " + Messages.FILE);
    }

    @Test
    void everyKeyInTheFileIsUsed() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        Set<String> unused = new TreeSet<>(Messages.bundledKeys());
        unused.removeAll(literals);
        // picocli reads the commands' help texts by convention (cli.<command>.usage…); CliHelpTest checks those
        unused.removeIf(k -> k.startsWith("cli.") && !k.equals("cli.internalError") && !k.equals("cli.fileMissing"));
        assertEquals(Set.of(), unused, "keys in " + Messages.FILE + " that no code names");
    }

    private static java.util.List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
