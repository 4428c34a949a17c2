package org.shuangbai.plan;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuangbai.text.Messages;

/**
 * The settings file: "key = value" lines in UTF-8. Read line by line rather than with
 * java.util.Properties so that a problem can name its line, and so that Chinese needs no escapes.
 */
final class SettingsFile {
    record Entry(int line, String value) {
    }

    private final String fileName;
    private final Map<String, Entry> entries;

    private SettingsFile(String fileName, Map<String, Entry> entries) {
        this.fileName = fileName;
        this.entries = entries;
    }

    static SettingsFile read(Path dir, String fileName, List<PlanProblem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(dir.resolve(fileName), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replace("\uFEFF", "").strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    problems.add(new PlanProblem(fileName, i + 1, null,
                            Messages.text("plan.problem.settings.notKeyValue", "line", line)));
                    continue;
                }
                String key = line.substring(0, eq).strip();
                if (entries.containsKey(key)) {
                    problems.add(new PlanProblem(fileName, i + 1, key,
                            Messages.text("plan.problem.settings.duplicate", "first", entries.get(key).line())));
                }
                entries.put(key, new Entry(i + 1, line.substring(eq + 1).strip()));
            }
        } catch (NoSuchFileException e) {
            problems.add(new PlanProblem(fileName, 0, null,
                    Messages.text("plan.problem.settings.fileMissing", "file", fileName)));
        } catch (MalformedInputException e) {
            problems.add(new PlanProblem(fileName, 0, null, Messages.text("plan.problem.settings.notUtf8")));
        } catch (IOException e) {
            problems.add(new PlanProblem(fileName, 0, null,
                    Messages.text("plan.problem.settings.unreadable", "error", e.getMessage())));
        }
        return new SettingsFile(fileName, entries);
    }

    String fileName() {
        return fileName;
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Entry entry(String key) {
        return entries.get(key);
    }
}
