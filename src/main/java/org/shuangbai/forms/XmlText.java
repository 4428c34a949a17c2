package org.shuangbai.forms;

import java.nio.charset.StandardCharsets;

/**
 * Text as POI's serialisers write it into element content, for the few texts a template patches per
 * unit. Only what was seen to come out unchanged is written here: {@code &} and {@code <} escaped
 * (and {@code >} where the serialiser escapes it), tab, line feed and every other character as UTF-8.
 * Anything else (other control characters, carriage return, a lone surrogate, {@code ]]>}) gives
 * null, and the caller builds that workbook in full with POI instead.
 */
final class XmlText {
    private XmlText() {
    }

    /**
     * @param escapeGreater true for the DOM writer of {@code docProps/core.xml}, which escapes {@code >};
     *                      false for XMLBeans (sheets, shared strings, custom properties), which does not
     */
    static byte[] content(String text, boolean escapeGreater) {
        if (text.contains("]]>")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!pair) {
                    return null;
                }
                sb.append(c).append(text.charAt(++i));
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
                return null;
            }
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append(escapeGreater ? "&gt;" : ">");
                default -> sb.append(c);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A shared-string item as POI writes a plain cell text: {@code <si><t>…</t></si>}, marked
     * {@code xml:space="preserve"} when it starts or ends with white space.
     */
    static byte[] sharedString(String text) {
        byte[] content = content(text, false);
        if (content == null) {
            return null;
        }
        boolean preserve = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
        return concat(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>", content, "</t></si>");
    }

    static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }
}
