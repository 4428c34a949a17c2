package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {
    @Test
    void keepsAnOrdinaryChineseName() {
        assertEquals("S01_朝外街道办事处_2009年考核评分表.xlsx", SafeFileName.of("S01_朝外街道办事处_2009年考核评分表.xlsx", ".xlsx"));
        assertEquals("S01_朝外街道办事处", SafeFileName.of("S01_朝外街道办事处", ""));
    }

    @Test
    void neutralisesSeparatorsParentReferencesAndForbiddenCharacters() {
        assertEquals("__etc_passwd.xlsx", SafeFileName.of("../etc/passwd", ".xlsx"));
        assertEquals("a_b_c_d_e_f_g_h_i.xlsx", SafeFileName.of("a\\b/c:d*e?f\"g<h>i", ".xlsx"));
        assertEquals("C__Windows.xlsx", SafeFileName.of("C:\\Windows", ".xlsx"));
        assertEquals("_", SafeFileName.of("..", ""));
        assertEquals("_", SafeFileName.of(" . ", ""));
        assertEquals("a_b", SafeFileName.of("a\nb", ""));
    }

    @Test
    void avoidsReservedWindowsDeviceNames() {
        assertEquals("_CON.xlsx", SafeFileName.of("CON", ".xlsx"));
        assertEquals("_nul.txt.xlsx", SafeFileName.of("nul.txt", ".xlsx"));
        assertEquals("_LPT1", SafeFileName.of("LPT1", ""));
        assertEquals("CONTRACT.xlsx", SafeFileName.of("CONTRACT", ".xlsx"));
    }

    @Test
    void limitsTheLengthInBytesAndKeepsTheExtension() {
        String name = SafeFileName.of("长".repeat(200), ".xlsx");
        assertTrue(name.endsWith(".xlsx"));
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES, name);
        assertEquals("长".repeat(28) + "…" + "长".repeat(28) + ".xlsx", name);
    }

    @Test
    void overlongNamesThatDifferAtTheEndStayDifferent() {
        String unit = "S06_" + "长".repeat(300) + "_2009年";
        String score = SafeFileName.of(unit + "考核评分表", ".xlsx");
        String ledger = SafeFileName.of(unit + "挂帐问题项目表", ".xlsx");
        assertTrue(score.startsWith("S06_长") && score.endsWith("_2009年考核评分表.xlsx"), score);
        assertTrue(ledger.endsWith("_2009年挂帐问题项目表.xlsx"), ledger);
        assertTrue(ledger.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES, ledger);
    }
}
