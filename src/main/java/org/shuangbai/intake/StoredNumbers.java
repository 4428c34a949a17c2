package org.shuangbai.intake;

/**
 * The two number forms a spreadsheet file stores as text: a value ({@code xsd:double} without INF and NaN,
 * {@code [-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?}) and an index (a shared string's, a style's:
 * {@code [0-9]{1,9}}). Checked by hand: a pattern match for every number and style of a body's workbook of
 * 10,000 units (800,000 cells) showed in profiles. Java's own parser alone would also take "0x1p3" or "1d".
 */
final class StoredNumbers {
    private StoredNumbers() {
    }

    /** The value of a number in the file format's form, or NaN for anything else. */
    static double value(String s) {
        return isValue(s) ? Double.parseDouble(s) : Double.NaN;
    }

    static boolean isValue(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int whole = digits(s, i);
        i += whole;
        int fraction = 0;
        boolean point = i < n && s.charAt(i) == '.';
        if (point) {
            i++;
            fraction = digits(s, i);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false; // "", "-", ".", "-." and "." after a sign are no numbers; "5." and ".5" are
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = digits(s, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    /** The index written as 1 to 9 digits, or -1 for anything else. */
    static int index(String s) {
        int n = s.length();
        if (n < 1 || n > 9 || digits(s, 0) != n) {
            return -1;
        }
        return Integer.parseInt(s);
    }

    /** How many ASCII digits start at {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
