package org.shuangbai.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The house as docs/ARCHITECTURE.md draws it: stages in one direction (plan → forms → intake → ledger →
 * scoring → documents), the application layer above them, the adapters (cli, web) on top. Every reference
 * from one package of the product to another (imports and qualified names alike) must be one the table
 * below allows; a new arrow is a decision to make in that document first.
 */
class ArchitectureTest {
    /** The root package's own classes (Workspace, Defaults, Parallel, ReproducibleZip) are called "base". */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("base", Set.of("text")),
            Map.entry("tables", Set.of("base", "text")),
            Map.entry("plan", Set.of("base", "text")),
            Map.entry("forms", Set.of("plan", "base", "text")),
            Map.entry("intake", Set.of("forms", "plan", "base", "text")),
            Map.entry("ledger", Set.of("intake", "forms", "plan", "tables", "base", "text")),
            // scoring reads its own input records: it knows the plan, not how values were collected
            Map.entry("scoring", Set.of("plan", "text")),
            Map.entry("documents", Set.of("scoring", "ledger", "forms", "plan", "tables", "base", "text")),
            Map.entry("evaluation", Set.of("plan", "tables", "base", "text")),
            Map.entry("app", Set.of("documents", "scoring", "ledger", "intake", "forms", "plan", "evaluation",
                    "tables", "base", "text")),
            Map.entry("cli", Set.of("app", "web", "documents", "scoring", "ledger", "intake", "forms", "plan",
                    "evaluation", "tables", "base", "text")),
            Map.entry("web", Set.of("app", "documents", "scoring", "ledger", "intake", "forms", "plan",
                    "evaluation", "tables", "base", "text")));

    private static final Pattern REFERENCE = Pattern.compile("org\\.shuangbai\\.([a-z]+)?\\.?([A-Z]\\w*)?");

    @Test
    void everyPackageReferencesOnlyWhatTheHouseAllows() throws IOException {
        Path root = Path.of("src/main/java/org/shuangbai");
        Set<String> wrong = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String from = packageOf(root.relativize(file));
            Set<String> allowed = ALLOWED.get(from);
            if (allowed == null) {
                wrong.add(root.relativize(file) + ": package " + from + " is not in the house plan");
                continue;
            }
            Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String to = m.group(1) == null ? "base" : m.group(1);
                if (!to.equals(from) && !allowed.contains(to) && ALLOWED.containsKey(to)) {
                    wrong.add(root.relativize(file) + " -> " + to);
                }
            }
        }
        assertEquals(Set.of(), wrong);
    }

    @Test
    void theArchitectureDocumentDrawsTheSameArrows() throws IOException {
        Map<String, Set<String>> drawn = new java.util.TreeMap<>();
        Pattern row = Pattern.compile("^\\| (?:`(\\w+)`|(base) \\(`org\\.shuangbai`\\)) \\|[^|]*\\|([^|]*)\\|$");
        for (String line : Files.readAllLines(Path.of("docs/ARCHITECTURE.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                Set<String> uses = new TreeSet<>();
                for (String p : m.group(3).split(",")) {
                    if (!p.isBlank()) {
                        uses.add(p.strip());
                    }
                }
                drawn.put(m.group(1) != null ? m.group(1) : m.group(2), uses);
            }
        }
        Map<String, Set<String>> table = new java.util.TreeMap<>();
        ALLOWED.forEach((k, v) -> table.put(k, new TreeSet<>(v)));
        assertEquals(table, drawn);
    }

    private static String packageOf(Path relative) {
        return relative.getNameCount() == 1 ? "base" : relative.getName(0).toString();
    }
}
