package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.shuangbai.text.Messages;

/**
 * Every command's help comes from templates/messages.properties: each cli.&lt;command&gt;… text appears in
 * that command's --help (so no help key is unused or misspelt), and every command has a description.
 */
class CliHelpTest {
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyHelpTextOfTheFileShowsInItsCommandsHelp() {
        Set<String> missing = new TreeSet<>();
        for (String key : Messages.bundledKeys()) {
            if (!key.startsWith("cli.") || key.equals("cli.internalError") || key.equals("cli.fileMissing")
                    || Messages.text(key).isBlank()) {
                continue;
            }
            List<String> parts = Arrays.asList(key.substring(4).split("\\."));
            String[] command = commandOf(parts);
            String help = CliRunner.run(Stream.concat(Arrays.stream(command), Stream.of("--help"))
                    .toArray(String[]::new)).out();
            if (!squeeze(help).contains(squeeze(Messages.text(key)))) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "help texts that no --help shows");
    }

    /**
     * cli.main.* → the root; cli.common.* → a command that has every shared option; cli.plan.check.* → plan
     * check; cli.import.ratings.* and cli.import.tasks.* → those subcommands.
     */
    private static String[] commandOf(List<String> parts) {
        return switch (parts.get(0)) {
            case "main" -> new String[0];
            case "common" -> new String[] {"ingest"};
            case "plan" -> parts.get(1).equals("check") ? new String[] {"plan", "check"} : new String[] {"plan"};
            case "import" -> List.of("ratings", "tasks").contains(parts.get(1)) ? new String[] {"import", parts.get(1)}
                    : new String[] {"import"};
            default -> new String[] {parts.get(0)};
        };
    }

    @Test
    void everyCommandHasADescription() {
        for (String command : List.of("init", "plan", "generate", "ingest", "status", "export", "score", "render",
                "backup", "restore", "demo", "import", "evaluation", "tasks")) {
            String help = CliRunner.run(command, "--help").out();
            assertTrue(help.lines().count() > 3 && help.contains("显示本说明后退出"), command + ":\n" + help);
        }
    }

    @Test
    void aCommandNamedFirstIsBuiltAloneAndAnythingElseBuildsTheWholeTree() {
        List<String> all = List.of("init", "plan", "generate", "ingest", "status", "export", "import", "evaluation",
                "tasks", "score", "render", "serve", "backup", "restore", "demo", "help");
        assertEquals(List.of("demo"), List.copyOf(Main.commandLine("demo").getSubcommands().keySet()));
        assertEquals(List.of("import"), List.copyOf(Main.commandLine("import").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(null).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("help").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("--help").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("demp").getSubcommands().keySet()));
    }

    @Test
    void aCommandBuiltAloneHelpsAndFailsAsInTheWholeTree() {
        assertEquals(CliRunner.run("help", "demo").out(), CliRunner.run("demo", "--help").out());
        assertEquals(CliRunner.run("help", "import").out(), CliRunner.run("import", "--help").out());
        CliRunner.Result unknownOption = CliRunner.run("status", "--no-such-option");
        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("--no-such-option"), unknownOption.err());
        CliRunner.Result mistyped = CliRunner.run("demp");
        assertEquals(2, mistyped.exitCode());
        assertTrue(mistyped.err().contains("demo"), mistyped.err()); // picocli's "did you mean"
    }
}
