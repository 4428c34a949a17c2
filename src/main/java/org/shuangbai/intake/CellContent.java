package org.shuangbai.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one cell of a returned file holds, whatever the format.
 *
 * @param type          the value's type (for a formula: its cached result)
 * @param text          text of a TEXT cell, the shown value of others
 * @param number        value of a NUMBER cell
 * @param dateFormatted a NUMBER cell formatted as a date (an Excel date serial)
 * @param date          value of a DATE cell (OpenDocument dates are typed)
 * @param formula       the formula when the cell holds one, else null
 */
public record CellContent(Type type, String text, BigDecimal number, boolean dateFormatted, LocalDate date,
                          String formula) {

    public enum Type { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final CellContent BLANK = new CellContent(Type.BLANK, "", null, false, null, null);

    public static CellContent text(String text, String formula) {
        return new CellContent(Type.TEXT, text, null, false, null, formula);
    }

    public static CellContent number(BigDecimal n, boolean dateFormatted, String formula) {
        return new CellContent(Type.NUMBER, n.stripTrailingZeros().toPlainString(), n, dateFormatted, null, formula);
    }

    public static CellContent date(LocalDate d, String formula) {
        return new CellContent(Type.DATE, d.toString(), null, false, d, formula);
    }

    public static CellContent of(Type type, String text, String formula) {
        return new CellContent(type, text, null, false, null, formula);
    }

    /** Blank, or text of only white space. */
    public boolean isEmpty() {
        return formula == null && (type == Type.BLANK || (type == Type.TEXT && trim(text).isEmpty()));
    }

    /**
     * The text without the spaces around it, the invisible ones included: a value pasted from a web page
     * or a Word document often carries no-break (U+00A0, U+2007, U+202F) or zero-width (U+200B, U+FEFF)
     * spaces, which {@link String#strip()} keeps. A number with such a space would be refused as "not a
     * number" while the message shows the office what looks like a number.
     */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && space(text.charAt(start))) {
            start++;
        }
        while (end > start && space(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF';
    }

    public boolean isFormula() {
        return formula != null;
    }

    /** The value as the signature's normalisation expects it: a number, text, or null when blank. */
    public Object labelValue() {
        return switch (type) {
            case BLANK -> null;
            case NUMBER -> number;
            default -> text;
        };
    }

    /** How the cell appears to a person, for messages. */
    public String shown() {
        return formula != null ? "=" + formula : text;
    }
}
