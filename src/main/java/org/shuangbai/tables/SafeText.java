package org.shuangbai.tables;

/**
 * Neutralises text that came from a returned file before it goes into a CSV or XLSX cell, so a
 * spreadsheet opening the output never runs it as a formula (CSV/formula injection): text starting
 * with = + - @ tab or CR gets a leading apostrophe. Plain numbers ("-3", "8.5") stay numbers.
 * Every cell of every table passes here, so the first character is tested before anything else and
 * only a leading sign leads to the number check (ASCII digits, as {@code [-+]?\d+(\.\d+)?} means).
 */
public final class SafeText {
    private SafeText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        switch (text.charAt(0)) {
            case '=', '@', '\t', '\r':
                return "'" + text;
            case '+', '-':
                return signedNumber(text) ? text : "'" + text;
            default:
                return text;
        }
    }

    /** Whether text after its sign is digits, optionally a point and more digits. */
    private static boolean signedNumber(String text) {
        int end = text.length();
        int i = digits(text, 1, end);
        if (i == 1) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int j = digits(text, i + 1, end);
        return j > i + 1 && j == end;
    }

    private static int digits(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
