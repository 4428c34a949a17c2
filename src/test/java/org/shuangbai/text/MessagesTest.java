package org.shuangbai.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Placeholder filling, literal input beside exact output. */
class MessagesTest {
    @Test
    void namedPlaceholdersAreFilled() {
        assertEquals("文件 a.xlsx 的 H7 超过 5 分",
                Messages.fill("文件 {file} 的 {cell} 超过 {max} 分", new Object[] {"file", "a.xlsx", "cell", "H7", "max", 5}));
    }

    @Test
    void aPlaceholderNotGivenStaysAsWritten() {
        assertEquals("第 {row} 行：H7", Messages.fill("第 {row} 行：{cell}", new Object[] {"cell", "H7"}));
    }

    @Test
    void nullBecomesEmptyAndBracesWithoutCloseStay() {
        assertEquals("值为「」{未闭合", Messages.fill("值为「{v}」{未闭合", new Object[] {"v", null}));
    }

    @Test
    void aMissingKeyFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Messages.text("no.such.key"));
    }
}
