package org.shuangbai.forms;

import org.shuangbai.plan.FormKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;
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
    private final Map<TextId, Parsed> parsed = new ConcurrentHashMap<>();

    /**
     * A text by its name and its template. Not the two joined into one string: that built a new
     * string of the whole template on every call, hashed it and compared it character by character
     * with the key in the map; the template strings here are the same instances call after call, so
     * their hashes are cached and equality is identity.
     */
    private record TextId(String name, String template) {
    }

    /**
     * Texts that do not name the unit, evaluated once per plan rather than once per unit: a unit's
     * layout has about a hundred prompts and headings, nearly all the same for every unit, and their
     * evaluation was most of building a layout (which generate and intake do for every workbook).
     * The key holds the values of every variable the text names, so a hit is the text it would give.
     */
    private final Map<List<Object>, String> evaluated = new ConcurrentHashMap<>();
    /** Bounds the memo whatever a workspace's texts name (they are per plan, not per unit: a few hundred). */
    private static final int EVALUATED_MAX = 20_000;
    private static final String UNIT_VARIABLE = "unit";

    /** A parsed text and the variables it names (the roots of its references: ${unit.name} names "unit"). */
    private record Parsed(Template template, List<String> roots) {
        boolean unitFree() {
            return !roots.contains(UNIT_VARIABLE);
        }
    }

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
        TextId id = new TextId(name, template);
        Parsed p = parsed.computeIfAbsent(id, k -> parse(name, template));
        if (!p.unitFree()) {
            return merge(p.template(), vars);
        }
        List<Object> key = new ArrayList<>(p.roots().size() + 1);
        key.add(id);
        for (String root : p.roots()) {
            key.add(vars.get(root));
        }
        String done = evaluated.get(key);
        if (done == null) {
            done = merge(p.template(), vars);
            if (evaluated.size() < EVALUATED_MAX) {
                evaluated.put(key, done);
            }
        }
        return done;
    }

    private static String merge(Template t, Map<String, ?> vars) {
        VelocityContext context = new VelocityContext();
        vars.forEach(context::put);
        StringWriter out = new StringWriter();
        t.merge(context, out);
        return out.toString();
    }

    private static Parsed parse(String name, String text) {
        Template t = template(name, text);
        Set<String> roots = new LinkedHashSet<>();
        if (!references((Node) t.getData(), roots)) {
            roots.add(UNIT_VARIABLE); // what it names is only known while it runs: never memoized
        }
        return new Parsed(t, List.copyOf(roots));
    }

    /**
     * Collects the variables a text names; false when its output may depend on more than those: a
     * string it interpolates while running, or a directive other than #foreach (#evaluate, #parse,
     * #include, a macro).
     */
    private static boolean references(Node node, Set<String> roots) {
        if (node instanceof ASTReference r) {
            if (r.getRootString() == null) {
                return false;
            }
            roots.add(r.getRootString());
        } else if (node instanceof ASTStringLiteral literal && !literal.isConstant()) {
            return false;
        } else if (node instanceof ASTDirective d && !"foreach".equals(d.getDirectiveName())
                && !"break".equals(d.getDirectiveName())) {
            return false;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            if (!references(node.jjtGetChild(i), roots)) {
                return false;
            }
        }
        return true;
    }

    private static Template template(String name, String text) {
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
