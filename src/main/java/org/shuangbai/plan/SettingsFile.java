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
                    problems.add(new PlanProblem(fileName, i + 1, null, "应为“键 = 值”的格式，实际为「" + line + "」。"));
                    continue;
                }
                String key = line.substring(0, eq).strip();
                if (entries.containsKey(key)) {
                    problems.add(new PlanProblem(fileName, i + 1, key,
                            "重复设置，第" + entries.get(key).line() + "行已设置过。请删除其中一行。"));
                }
                entries.put(key, new Entry(i + 1, line.substring(eq + 1).strip()));
            }
        } catch (NoSuchFileException e) {
            problems.add(new PlanProblem(fileName, 0, null, "找不到设置文件。请从默认方案复制 " + fileName + "。"));
        } catch (MalformedInputException e) {
            problems.add(new PlanProblem(fileName, 0, null, "文件不是 UTF-8 编码。请用记事本另存为 UTF-8。"));
        } catch (IOException e) {
            problems.add(new PlanProblem(fileName, 0, null, "无法读取文件：" + e.getMessage()));
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
