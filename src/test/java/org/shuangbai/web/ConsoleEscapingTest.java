package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unit names (the office's plan) and cell texts (returned files) with markup and quotes are printed
 * escaped on every page that shows them — and no page prints them raw: escaping is the template engine's,
 * configured once, not each page's.
 */
class ConsoleEscapingTest {
    @TempDir
    Path dir;

    static final String NAME_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;";

    @Test
    void everyPageEscapesUnitNamesCellTextsAndFileNames() throws Exception {
        ConsoleFixture fx = new ConsoleFixture(dir);
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            web.get("/intake");
            Map<String, Path> files = new LinkedHashMap<>();
            files.put("s01.xlsx", fx.goodScoreSheet("S01", "s01.xlsx"));
            files.put("a'&<b>x.xlsx", fx.hostileTextScoreSheet("S01", "s01-text.xlsx"));
            WebClient.Page started = web.uploadNamed(files, true);
            assertEquals(303, started.status(), started.text());
            String job = started.location();
            web.finish(job);
            assertEquals(303, web.post("/distribution/generate", Map.of()).status());
            web.finish("/jobs/2");
            assertEquals(303, web.post("/scores/run", Map.of()).status());
            web.finish("/jobs/3");

            Map<String, List<String>> pages = new LinkedHashMap<>();
            pages.put("/board", List.of(NAME_ESCAPED));
            pages.put("/units/S01", List.of(NAME_ESCAPED, "扣分说明&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;",
                    "内容为“<span class=\"found\">" + NAME_ESCAPED.substring(0, 20)));
            pages.put(job, List.of(NAME_ESCAPED, "a&#39;&amp;_b_x.xlsx"));
            pages.put(job + "/rows?from=0", List.of(NAME_ESCAPED));
            pages.put("/distribution", List.of(NAME_ESCAPED));
            pages.put("/scores", List.of(NAME_ESCAPED));
            pages.put("/scores?group=STREET", List.of(NAME_ESCAPED));
            pages.put("/reminders", List.of(NAME_ESCAPED));
            pages.put("/documents", List.of());
            pages.put("/intake", List.of());
            pages.put("/backup", List.of());
            pages.put("/jobs/2", List.of());
            pages.put("/units/" + WebClient.enc("<script>alert(1)</script>\"'&"), List.of(NAME_ESCAPED));
            pages.put("/files?path=" + WebClient.enc("output/<script>alert(1)</script>\"'&"), List.of(NAME_ESCAPED));
            pages.put("/board?q=" + WebClient.enc("<script>alert(1)</script>\"'&"), List.of(NAME_ESCAPED));
            pages.put("/nowhere/" + WebClient.enc("<script>alert(1)</script>"), List.of("没有这个页面"));
            for (Map.Entry<String, List<String>> p : pages.entrySet()) {
                String html = web.get(p.getKey()).text();
                assertFalse(html.contains("<script>alert"), p.getKey() + " prints a unit name raw:\n" + html);
                assertFalse(html.contains("<img src=x"), p.getKey() + " prints a cell text raw:\n" + html);
                assertFalse(html.contains("a'&<b>"), p.getKey() + " prints a file name raw:\n" + html);
                for (String expected : p.getValue()) {
                    assertTrue(html.contains(expected), p.getKey() + " lacks " + expected + ":\n" + html);
                }
            }
        }
    }

    @Test
    void theEscapingHandlerEscapesTheFiveCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlEscaping.escape("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("朝外街道办事处", HtmlEscaping.escape("朝外街道办事处"));
    }

    @Test
    void contentDispositionCarriesTheNameInRfc5987FormAndASafeFallback() {
        assertEquals("attachment; filename=\"01_______.pdf\"; "
                        + "filename*=UTF-8''01_%E8%80%83%E6%A0%B8%E7%BB%93%E6%9E%9C%E9%80%9A%E6%8A%A5.pdf",
                ContentDisposition.attachment("01_考核结果通报.pdf"));
        assertEquals("inline; filename=\"a_ b_ __c;.pdf\"; filename*=UTF-8''a%22%20b%5C%20%0D%0Ac%3B.pdf",
                ContentDisposition.inline("a\" b\\ \r\nc;.pdf"));
    }
}
