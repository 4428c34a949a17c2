package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.shuangbai.Defaults;
import org.shuangbai.Workspace;
import org.shuangbai.text.Messages;

/**
 * The wording of the distributed workbooks, which the office may edit: {@code templates/form-texts.properties}
 * (labels, prompts, messages), {@code templates/instructions-<form>.vm} and {@code templates/filename.vm}.
 * A workspace's own file wins over the bundled default.
 */
public final class FormTexts {
    static final String TEXTS = "templates/form-texts.properties";
    static final String FILENAME = "templates/filename.vm";

    private static final RuntimeInstance VELOCITY = engine();

    /** Parsed once per text: parsing dominated building a layout (every label of every workbook). */
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    private final Properties texts;
    private final Map<String, String> templates;

    private FormTexts(Properties texts, Map<String, String> templates) {
        this.texts = texts;
        this.templates = templates;
    }

    /** The texts of a workspace (its own templates/ first, then the bundled defaults). */
    public static FormTexts load(Workspace workspace) {
        try {
            Properties p = new Properties();
            try (InputStream in = open(workspace, TEXTS)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Map<String, String> templates = new HashMap<>();
            for (FormKind kind : FormKind.values()) {
                templates.put(instructionsPath(kind), read(workspace, instructionsPath(kind)));
            }
            templates.put(FILENAME, read(workspace, FILENAME));
            return new FormTexts(p, templates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled default texts (a workspace without its own templates/ gets the same). */
    public static FormTexts bundled() {
        return load(new Workspace(java.nio.file.Path.of("/nonexistent-shuangbai-workspace")));
    }

    static String instructionsPath(FormKind kind) {
        return "templates/instructions-" + kind.option() + ".vm";
    }

    /** The text of {@code key}, its ${...} references filled from {@code vars}. */
    public String text(String key, Map<String, ?> vars) {
        String raw = texts.getProperty(key);
        if (raw == null) {
            throw new IllegalStateException("templates/form-texts.properties lacks the key " + key);
        }
        raw = raw.strip();
        return raw.indexOf('$') < 0 ? raw : evaluate(key, raw, vars);
    }

    /** Renders the instruction template of a form. */
    public String instructions(FormKind kind, Map<String, ?> vars) {
        return evaluate(instructionsPath(kind), templates.get(instructionsPath(kind)), vars);
    }

    /** Renders the file-name template (not yet sanitized). */
    public String fileName(Map<String, ?> vars) {
        return evaluate(FILENAME, templates.get(FILENAME), vars).strip();
    }

    private String evaluate(String name, String template, Map<String, ?> vars) {
        Template t = parsed.computeIfAbsent(name + "\u0000" + template, k -> parse(name, template));
        VelocityContext context = new VelocityContext();
        vars.forEach(context::put);
        StringWriter out = new StringWriter();
        t.merge(context, out);
        return out.toString();
    }

    private static Template parse(String name, String text) {
        Template t = new Template();
        t.setName(name);
        t.setRuntimeServices(VELOCITY);
        try {
            t.setData(VELOCITY.parse(new StringReader(text), t));
        } catch (ParseException e) {
            throw new IllegalStateException(Messages.text("forms.templateSyntax", "template", name,
                    "error", e.getMessage()), e);
        }
        t.initDocument();
        return t;
    }

    private static InputStream open(Workspace workspace, String path) throws IOException {
        return Defaults.open(workspace, path)
                .orElseThrow(() -> new IOException("template missing in workspace and bundle: " + path));
    }

    private static String read(Workspace workspace, String path) throws IOException {
        try (InputStream in = open(workspace, path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RuntimeInstance engine() {
        RuntimeInstance engine = new RuntimeInstance();
        // strict: a misspelt ${variable} in an edited template fails loudly instead of printing itself
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.init();
        return engine;
    }
}
