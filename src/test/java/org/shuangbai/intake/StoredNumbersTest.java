package org.shuangbai.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The number forms an .xlsx or .ods stores, checked by hand: each literal beside what it must give. */
class StoredNumbersTest {
    @Test
    void valuesInTheFileFormatsFormAreRead() {
        assertEquals(8.5, StoredNumbers.value("8.5"));
        assertEquals(-3.0, StoredNumbers.value("-3"));
        assertEquals(5.0, StoredNumbers.value("+5."));
        assertEquals(0.5, StoredNumbers.value(".5"));
        assertEquals(-500.0, StoredNumbers.value("-.5e3"));
        assertEquals(1.5e-7, StoredNumbers.value("1.5E-7"));
        assertEquals(12.0, StoredNumbers.value("1.2e+1"));
        assertEquals(0.0, StoredNumbers.value("000"));
    }

    @Test
    void anythingElseIsNoNumberEvenWhereJavaWouldParseIt() {
        for (String s : new String[] {"", "-", "+", ".", "-.", "e3", ".e3", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ",
                "0x1p3", "1d", "1f", "Infinity", "NaN", "-Infinity", "１", "1e3.5", "--1", "1-"}) {
            assertEquals(Double.NaN, StoredNumbers.value(s), s);
        }
    }

    @Test
    void indexesAreOneToNineDigits() {
        assertEquals(0, StoredNumbers.index("0"));
        assertEquals(7, StoredNumbers.index("007"));
        assertEquals(123456789, StoredNumbers.index("123456789"));
        for (String s : new String[] {"", "1234567890", "-1", "+1", "1.0", " 1", "a", "１"}) {
            assertEquals(-1, StoredNumbers.index(s), s);
        }
    }
}
