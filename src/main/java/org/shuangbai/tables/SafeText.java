package org.shuangbai.tables;

import java.util.regex.Pattern;

/**
 * Neutralises text that came from a returned file before it goes into a CSV or XLSX cell, so a
 * spreadsheet opening the output never runs it as a formula (CSV/formula injection): text starting
 * with = + - @ tab or CR gets a leading apostrophe. Plain numbers ("-3", "8.5") stay numbers.
 */
public final class SafeText {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private SafeText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
