package org.shuangbai.web;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a page template inserts ({@code $x}, {@code $!x}, {@code $a.b()}): unit names, cell
 * texts and file names come from returned files and the office's plan, so nothing a template prints is
 * trusted. Configured once on the page engine ({@link Pages}), so no page can forget it; a template
 * cannot insert raw HTML at all. Stricter than Velocity's EscapeHtmlReference: the apostrophe is escaped
 * too, so a value is safe in any quoted attribute.
 */
public final class HtmlEscaping implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        return value == null ? null : escape(value.toString());
    }

    /** {@code & < > " '} as character references. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
