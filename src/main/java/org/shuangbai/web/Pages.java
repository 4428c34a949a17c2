package org.shuangbai.web;

import java.io.StringWriter;
import java.util.Map;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.shuangbai.Workspace;

/**
 * The page templates (Velocity, {@code templates/web/*.vm}, the office may edit them) and the one engine
 * that renders them. Escaping is configured here, once, for every page: each inserted value goes through
 * {@link HtmlEscaping}. Templates reach only the model they are given (the secure introspector refuses
 * reflection and class loading).
 */
final class Pages {
    static final String MACROS = "macros.vm";

    private final VelocityEngine engine = new VelocityEngine();

    Pages(Workspace workspace) {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "workspace");
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER + ".workspace." + RuntimeConstants.RESOURCE_LOADER_INSTANCE,
                new TemplateLoader(workspace));
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER + ".workspace." + RuntimeConstants.RESOURCE_LOADER_CACHE,
                true);
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER + ".workspace."
                + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, 2);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscaping.class.getName());
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        // the labels and pieces every page shares, editable like the pages
        engine.setProperty(RuntimeConstants.VM_LIBRARY, MACROS);
        engine.init();
    }

    /** The page {@code name} (e.g. "board.vm") filled from {@code model}, every inserted value escaped. */
    String render(String name, Map<String, Object> model) {
        Template template = engine.getTemplate(name, "UTF-8");
        StringWriter out = new StringWriter(16 * 1024);
        template.merge(new VelocityContext(model), out);
        return out.toString();
    }
}
