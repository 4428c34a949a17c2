package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;

/** Texts evaluated once per plan where they do not name the unit must read exactly as evaluated afresh. */
class FormTextsTest {
    @TempDir
    Path dir;

    private FormTexts texts(String properties) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/form-texts.properties"), properties, StandardCharsets.UTF_8);
        return FormTexts.load(new Workspace(dir));
    }

    private static Map<String, Object> vars(String unitName, Object max) {
        return Map.of("year", 2026, "unit", Map.of("name", unitName, "code", "U1"), "max", max,
                "systems", List.of("甲", "乙"));
    }

    @Test
    void aMemoizedTextDependsOnEveryVariableItNames() throws Exception {
        FormTexts t = texts("""
                prompt = 0～${max}分
                list = #foreach($s in $systems)“${s}”#if($foreach.hasNext)、#end#end
                header = ${unit.name}${year}
                """);
        assertEquals("0～5分", t.text("prompt", vars("甲单位", 5)));
        assertEquals("0～5分", t.text("prompt", vars("乙单位", 5)));
        assertEquals("0～10分", t.text("prompt", vars("乙单位", 10)));
        assertEquals("0～5.0分", t.text("prompt", vars("乙单位", new java.math.BigDecimal("5.0"))));
        assertEquals("0～5分", t.text("prompt", vars("乙单位", new java.math.BigDecimal("5"))));
        assertEquals("“甲”、“乙”", t.text("list", vars("甲单位", 5)));
        assertEquals("甲单位2026", t.text("header", vars("甲单位", 5)));
        assertEquals("乙单位2026", t.text("header", vars("乙单位", 5)));
    }

    @Test
    void textsThatNameTheUnitOnlyWhileRunningAreNeverMemoized() throws Exception {
        FormTexts t = texts("""
                set = #set($who = "单位${unit.name}")${who}
                macro = #macro(m)${unit.name}#end#m()
                """);
        assertEquals("单位甲", t.text("set", vars("甲", 1)));
        assertEquals("单位乙", t.text("set", vars("乙", 1)));
        assertEquals("甲", t.text("macro", vars("甲", 1)));
        assertEquals("乙", t.text("macro", vars("乙", 1)));
    }
}
