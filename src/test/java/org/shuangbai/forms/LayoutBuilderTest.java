package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LayoutBuilderTest {
    /** A text's extra variables over the layout's, as the copy with them put in was. */
    @Test
    void extraVariablesWinOverTheLayoutsWithoutACopy() {
        Map<String, Object> base = new HashMap<>(Map.of("unit", "朝阳区", "year", 2009));
        base.put("empty", null);
        Map<String, Object> overlay = new LayoutBuilder.Overlay(base, Map.of("unit", "检查组", "label", "措施"));
        assertEquals("检查组", overlay.get("unit"));
        assertEquals(2009, overlay.get("year"));
        assertEquals("措施", overlay.get("label"));
        assertNull(overlay.get("empty"));
        assertTrue(overlay.containsKey("empty"));
        assertFalse(overlay.containsKey("plan"));
        Map<String, Object> seen = new HashMap<>();
        overlay.forEach(seen::put);
        Map<String, Object> copy = new HashMap<>(base);
        copy.putAll(Map.of("unit", "检查组", "label", "措施"));
        assertEquals(copy, seen);
        assertEquals(copy, overlay);
    }
}
