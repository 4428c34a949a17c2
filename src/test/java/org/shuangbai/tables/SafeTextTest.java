package org.shuangbai.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A2)        | '=SUM(A1:A2)",
            "+86 10 1234        | '+86 10 1234",
            "-扣0.5分            | '-扣0.5分",
            "@cmd               | '@cmd",
            "-3                 | -3",
            "8.5                | 8.5",
            "+2                 | +2",
            "资料不全 -0.5        | 资料不全 -0.5",
            "'already           | 'already",
            "+                  | '+",
            "-                  | '-",
            "-.5                | '-.5",
            "-5.                | '-5.",
            "+1.2.3             | '+1.2.3",
            "-1e5               | '-1e5",
            "--1                | '--1",
            "-١٢                | '-١٢",
            "=                  | '=",
            "1=2                | 1=2",
            "0.75               | 0.75",
            "-0.75              | -0.75",
            "+007               | +007"})
    void neutralisesWhatASpreadsheetWouldRun(String in, String out) {
        assertEquals(out, SafeText.neutralise(in));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnLeadersAreNeutralised() {
        assertEquals("'\t=1", SafeText.neutralise("\t=1"));
        assertEquals("'\r=1", SafeText.neutralise("\r=1"));
        assertEquals("", SafeText.neutralise(""));
        assertEquals(null, SafeText.neutralise(null));
        assertEquals("'-1\n", SafeText.neutralise("-1\n"));
        assertEquals("'-1 ", SafeText.neutralise("-1 "));
        assertEquals(" -1", SafeText.neutralise(" -1"));
        assertEquals("\n=1", SafeText.neutralise("\n=1"));
    }
}
