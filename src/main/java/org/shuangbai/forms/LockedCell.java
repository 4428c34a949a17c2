package org.shuangbai.forms;

import static org.shuangbai.text.Numbers.plain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A locked (LABEL) cell as the signature sees it: sheet name, A1 reference and normalized text. Intake
 * builds these from the cells it reads back at the layout's positions.
 *
 * <p>Normalization makes the text independent of how an office suite re-saves it: trimmed, CRLF and CR
 * turned into LF, and anything that is a plain decimal number (a numeric cell or numeric-looking text)
 * written as {@code BigDecimal.stripTrailingZeros().toPlainString()} ("3.0" and 3 both give "3").
 */
public record LockedCell(String sheet, String ref, String text) {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    public LockedCell {
        text = normalize(text);
    }

    public static LockedCell of(CellSpec spec) {
        return new LockedCell(spec.sheet(), spec.ref(), spec.text());
    }

    /** From a value read back: a String, a Number (numeric cell), or null (blank cell). */
    public static LockedCell of(String sheet, String ref, Object value) {
        return new LockedCell(sheet, ref, normalize(value));
    }

    public static String normalize(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        if (value instanceof Double || value instanceof Float) {
            // valueOf goes through Double.toString, so 0.1 stays 0.1 instead of its binary expansion
            return plain(BigDecimal.valueOf(((Number) value).doubleValue()));
        }
        if (value instanceof Number n) {
            return plain(new BigDecimal(n.toString()));
        }
        String s = value.toString().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (DECIMAL.matcher(s).matches()) {
            return plain(new BigDecimal(s));
        }
        return s;
    }

}
