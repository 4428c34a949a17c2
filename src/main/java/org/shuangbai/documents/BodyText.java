package org.shuangbai.documents;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/**
 * The notice body: a Velocity template the office edits (templates/notice-body.vm), one paragraph
 * per line. Lines opening with 一、 are set in Hei and the part of a line opening with （一） up to
 * its first 。 in Kai, as GB/T 9704 numbers headings; the rest is body type. The result is
 * JasperReports styled text for one text element, so every line keeps the fixed pitch.
 */
public final class BodyText {
    private static final Pattern HEADING1 = Pattern.compile("^[一二三四五六七八九十百]+、.*");
    private static final Pattern HEADING2 = Pattern.compile("^（[一二三四五六七八九十百]+）[^。]*。?");

    private BodyText() {
    }

    /** Evaluates the template with {@code variables}; {@code name} is used in error messages. */
    public static String evaluate(String template, Map<String, Object> variables, String name) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty("runtime.strict_mode.enable", "true");
        engine.init();
        VelocityContext context = new VelocityContext();
        variables.forEach(context::put);
        context.put("cn", new Numerals());
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, name, template);
        return out.toString();
    }

    /** Paragraphs of the evaluated text: non-blank lines, trimmed. */
    public static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = line.strip();
            if (!p.isEmpty()) {
                result.add(p);
            }
        }
        return result;
    }

    /** Styled text for the body element: headings in their fonts, everything else escaped. */
    public static String styled(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            if (HEADING1.matcher(p).matches()) {
                sb.append(run(FontRole.HEI, p));
                continue;
            }
            Matcher m = HEADING2.matcher(p);
            if (m.lookingAt()) {
                sb.append(run(FontRole.KAI, p.substring(0, m.end()))).append(escape(p.substring(m.end())));
                continue;
            }
            sb.append(escape(p));
        }
        return sb.toString();
    }

    private static String run(FontRole role, String text) {
        return "<style fontName=\"" + role.family() + "\">" + escape(text) + "</style>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Chinese numerals for headings: $cn.numeral(3) is 三. */
    public static final class Numerals {
        private static final String DIGITS = "零一二三四五六七八九";

        public String numeral(int n) {
            if (n < 10) {
                return String.valueOf(DIGITS.charAt(n));
            }
            if (n < 20) {
                return "十" + (n % 10 == 0 ? "" : numeral(n % 10));
            }
            if (n < 100) {
                return numeral(n / 10) + "十" + (n % 10 == 0 ? "" : numeral(n % 10));
            }
            return Integer.toString(n);
        }
    }
}
