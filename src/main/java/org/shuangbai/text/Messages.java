package org.shuangbai.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every user-facing sentence the program says (command output, plan-check and intake problems, document
 * titles) lives in {@code templates/messages.properties} (UTF-8), not in Java: the office rewords a
 * message by editing that file in its workspace, without a rebuild. Java holds keys and named arguments:
 *
 * <pre>Messages.text("ingest.pathMissing", "path", p, "returned", dir)</pre>
 *
 * fills {@code {path}} and {@code {returned}} in the text. A workspace's own file only needs the keys it
 * rewords; every other key falls back to the bundled text. A key missing from the bundled file is a bug
 * and fails loudly ({@code MessagesCatalogTest} checks every key used in the code exists, and every key
 * in the file is used).
 */
public final class Messages {
    /** Where the texts live, relative to a workspace and (with prefix defaults/) in the jar. */
    public static final String FILE = "templates/messages.properties";

    private static final Map<String, String> BUNDLED = bundledTexts();
    private static volatile Map<String, String> current = BUNDLED;

    private Messages() {
    }

    /** The text of {@code key} with its {name} placeholders filled from name/value pairs. */
    public static String text(String key, Object... namesAndValues) {
        String raw = current.get(key);
        if (raw == null) {
            throw new IllegalStateException(FILE + " lacks the key " + key);
        }
        if (namesAndValues.length == 0) {
            return raw;
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + key + " must come in name/value pairs");
        }
        return fill(raw, namesAndValues);
    }

    /**
     * Makes a workspace's own {@code templates/messages.properties} (if it has one) reword the bundled
     * texts for this process. Called once by each adapter (CLI command, web console) for its workspace.
     */
    public static void use(Path workspaceRoot) {
        useFile(workspaceRoot.resolve(FILE));
    }

    /**
     * Makes {@code own} (a workspace's messages file; null or missing for none) reword the bundled texts for
     * this process. The caller decides which file is the office's own: an unedited copy of an earlier
     * version's file would bring back that version's wording.
     */
    public static void useFile(Path own) {
        if (own == null || !Files.isRegularFile(own)) {
            current = BUNDLED;
            return;
        }
        Map<String, String> merged = new LinkedHashMap<>(BUNDLED);
        try (InputStream in = Files.newInputStream(own)) {
            merged.putAll(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = Collections.unmodifiableMap(merged);
    }

    /**
     * Whether {@code text} is the text of {@code key}, as this workspace words it or as bundled. Some texts
     * are also words of the plan files (a group 街乡 in units.csv, a column name, an option in
     * settings.properties): a plan written with the bundled word keeps loading after an office rewords it.
     */
    public static boolean matches(String key, String text) {
        return text != null && (text.equals(text(key)) || text.equals(BUNDLED.get(key)));
    }

    /** Whether a text exists for {@code key} (bundled or reworded). */
    public static boolean has(String key) {
        return current.containsKey(key);
    }

    /** The bundled keys (for the catalogue test). */
    public static Set<String> bundledKeys() {
        return BUNDLED.keySet();
    }

    /**
     * Fills the {name} placeholders of any text from name/value pairs, as {@link #text} does: for other
     * data files the office edits (e.g. the demo's sample texts).
     */
    public static String fill(String raw, Object... namesAndValues) {
        StringBuilder out = new StringBuilder(raw.length() + 32);
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int close = c == '{' ? raw.indexOf('}', i + 1) : -1;
            if (close > i) {
                String name = raw.substring(i + 1, close);
                Object value = lookup(name, namesAndValues);
                if (value != NOT_GIVEN) {
                    out.append(value == null ? "" : value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static final Object NOT_GIVEN = new Object();

    /** A placeholder the caller did not give stays as written, so a misspelt one in an edited file shows. */
    private static Object lookup(String name, Object[] namesAndValues) {
        for (int k = 0; k < namesAndValues.length; k += 2) {
            if (name.equals(namesAndValues[k])) {
                return namesAndValues[k + 1];
            }
        }
        return NOT_GIVEN;
    }

    private static Map<String, String> bundledTexts() {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("defaults/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + FILE + " missing from the jar");
            }
            return Collections.unmodifiableMap(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, p.getProperty(k).stripTrailing());
        }
        return out;
    }
}
