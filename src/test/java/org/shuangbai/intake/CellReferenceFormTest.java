package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming reader's hand-written check of a cell reference, against the pattern it replaces. */
class CellReferenceFormTest {
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");

    @ParameterizedTest
    @ValueSource(strings = {"A1", "Z9", "AB12", "XFD1048576", "ABC1234567", "ABCD1", "A12345678", "A0", "A01", "a1",
        "1A", "A", "1", "", "A1B", "A-1", "A 1", "Ａ1", "A١", "XFE1", "$A$1", "A1:B2"})
    void agreesWithThePattern(String ref) {
        var m = REFERENCE.matcher(ref);
        int letters = XlsxStreamWorkbook.referenceLetters(ref);
        assertEquals(m.matches() ? m.group(1).length() : 0, letters, ref);
        if (letters > 0) {
            // such a reference is the cell's canonical name, which the reader then uses as it is
            int column = org.apache.poi.ss.util.CellReference.convertColStringToIndex(ref.substring(0, letters));
            long row = Long.parseLong(ref.substring(letters)) - 1;
            assertEquals(ref, UnreadableCells.reference(row, column));
        }
    }
}
