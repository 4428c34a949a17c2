package org.shuangbai.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;

/**
 * The synthetic wording {@link SampleFiller} types into demo returns (reasons for deductions, project
 * names, people…), from {@code templates/demo-samples.properties}: data the office may edit, not part of
 * any plan. A workspace's own file wins over the bundled one. A list is written as numbered keys
 * ({@code names.1}, {@code names.2}, …); its length decides the sample filler's random choices.
 */
public final class DemoSamples {
    static final String FILE = "templates/demo-samples.properties";

    private final Properties texts;

    private DemoSamples(Properties texts) {
        this.texts = texts;
    }

    /** The samples of a workspace (its own templates/ first, then the bundled default). */
    public static DemoSamples load(Workspace workspace) {
        Properties p = new Properties();
        try (InputStream in = Defaults.open(workspace, FILE)
                .orElseThrow(() -> new IOException("template missing in workspace and bundle: " + FILE))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoSamples(p);
    }

    /** The bundled samples. */
    public static DemoSamples bundled() {
        return load(new Workspace(Path.of("/nonexistent-shuangbai-workspace")));
    }

    /** The entries name.1, name.2, … up to the first number missing; at least one. */
    public List<String> list(String name) {
        List<String> values = new ArrayList<>();
        for (int i = 1; texts.getProperty(name + "." + i) != null; i++) {
            values.add(texts.getProperty(name + "." + i).strip());
        }
        if (values.isEmpty()) {
            throw new IllegalStateException(FILE + " lacks the entries " + name + ".1, " + name + ".2, …");
        }
        return List.copyOf(values);
    }

    /** The text of {@code key} with its {name} placeholders filled. */
    public String text(String key, Object... namesAndValues) {
        String raw = texts.getProperty(key);
        if (raw == null) {
            throw new IllegalStateException(FILE + " lacks the key " + key);
        }
        return Messages.fill(raw.strip(), namesAndValues);
    }
}
