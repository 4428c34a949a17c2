package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BodyTextTest {
    @Test
    void headingsGetTheirFontsAndTextIsEscaped() {
        String styled = BodyText.styled(List.of("一、考核基本情况", "（一）效能监察考核。共有 <91> 个单位 & 更多", "正文一段。"));
        assertEquals("<style fontName=\"公文黑体\">一、考核基本情况</style>\n"
                + "<style fontName=\"公文楷体\">（一）效能监察考核。</style>共有 &lt;91&gt; 个单位 &amp; 更多\n"
                + "正文一段。", styled);
    }

    @Test
    void templateLinesBecomeParagraphsAndNumeralsAreChinese() {
        String text = BodyText.evaluate("## 注释不印出\n#foreach($s in $items)\n（${cn.numeral($foreach.count)}）${s}。\n\n#end\n共${n}项。",
                Map.of("items", List.of("甲", "乙"), "n", 12), "t.vm");
        assertEquals(List.of("（一）甲。", "（二）乙。", "共12项。"), BodyText.paragraphs(text));
        assertEquals("二十一", new BodyText.Numerals().numeral(21));
        assertEquals("十", new BodyText.Numerals().numeral(10));
    }

    @Test
    void anUnknownVariableIsAnErrorNotABlank() {
        assertThrows(RuntimeException.class, () -> BodyText.evaluate("${nosuch}", Map.of(), "t.vm"));
    }
}
