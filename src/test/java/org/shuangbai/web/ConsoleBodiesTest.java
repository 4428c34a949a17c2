package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;

/**
 * The assessing bodies on the board and on their own pages: each body a row with its workbook's state
 * (已交, 被退回, 未交, 逾期 by the workbook's due date), counted at the top, filtered by group (a body is in a
 * group when it scores a unit of it); a body's page lists its files with their verdicts and problems and the
 * units × indicators it still owes. A body's name from the plan is printed escaped everywhere.
 */
class ConsoleBodiesTest {
    @TempDir
    Path dir;

    static final String BODY_ESCAPED = "第一检查组" + ConsoleEscapingTest.NAME_ESCAPED;

    @Test
    void boardRowsAndBodyPagesShowEachBodysWorkbookAndWhatItOwes() throws Exception {
        ConsoleFixture fx = new ConsoleFixture(dir, true);
        Files.writeString(fx.workspace.planDir().resolve("settings.properties"), "\nforms.assessor.due = 2009-12-31\n",
                StandardOpenOption.APPEND);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("社会办.xlsx", fx.bodyWorkbook("SHB", "社会办.xlsx", Map.of()));
        files.put("第一检查组.xlsx", fx.bodyWorkbook(ConsoleFixture.HOSTILE_BODY, "第一检查组.xlsx",
                Map.of(new UnitIndicatorField("S02", "EFF-02", IndicatorPart.SCORE), "999")));
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            web.get("/intake");
            WebClient.Page started = web.uploadNamed(files, true);
            assertEquals(303, started.status(), started.text());
            String job = web.finish(started.location()).text();
            assertTrue(job.contains("社会办（SHB）评分单位评分表"), job);

            String board = web.get("/board").text();
            assertFalse(board.contains("<script>alert"), board);
            assertTrue(board.contains(BODY_ESCAPED), board);
            String shb = row(board, "SHB");
            assertTrue(shb.contains("class=\"state accepted\"") && shb.contains("已交") && shb.contains("社会办"), shb);
            assertTrue(shb.contains("<td class=\"num\">—</td>"), "nothing owed: " + shb);
            // past the workbook's due date with nothing accepted: 逾期, the refusal marked
            String jcz1 = row(board, ConsoleFixture.HOSTILE_BODY);
            assertTrue(jcz1.contains("class=\"state overdue\"") && jcz1.contains("逾期") && jcz1.contains("交来的被退回"),
                    jcz1);
            assertTrue(jcz1.contains(BODY_ESCAPED) && jcz1.contains("检查组"), jcz1);
            // the six units' 3 street offices × JCZ1's indicators, all owed
            assertTrue(row(board, "FGW").contains("class=\"state overdue\""), board);
            int bodies = fx.plan.assessors().bodies().size();
            assertTrue(board.contains("共 6 个单位、" + bodies + " 个评分单位"), board);
            assertTrue(board.contains("<h2><a href=\"#bodies\">评分单位评分表</a></h2>\n"
                    + "    <span class=\"chip accepted\">已交 1</span>\n"
                    + "    <span class=\"chip rejected\">被退回 0</span>\n"
                    + "    <span class=\"chip missing\">未交 0</span>\n"
                    + "    <span class=\"chip overdue\">逾期 " + (bodies - 1) + "</span>"), board);

            // a body is in a group when it scores a unit of it: the second check group only departments
            String streets = web.get("/board?group=STREET").text();
            assertTrue(streets.contains("data-href=\"/bodies/JCZ1\""), streets);
            assertFalse(streets.contains("data-href=\"/bodies/JCZ2\""), streets);
            assertTrue(web.get("/board?group=DEPARTMENT").text().contains("data-href=\"/bodies/JCZ2\""));
            String owing = web.get("/board?show=owing").text();
            assertFalse(owing.contains("data-href=\"/bodies/SHB\""), owing);
            assertTrue(owing.contains("data-href=\"/bodies/JCZ1\""), owing);
            assertTrue(web.get("/board?q=" + WebClient.enc("社会")).text().contains("data-href=\"/bodies/SHB\""));
            assertFalse(web.get("/board?q=" + WebClient.enc("社会")).text().contains("data-href=\"/bodies/JCZ1\""));

            String refused = web.get("/bodies/JCZ1").text();
            assertFalse(refused.contains("<script>alert"), refused);
            assertTrue(refused.contains("<h1>" + BODY_ESCAPED + " <span class=\"code\">JCZ1</span></h1>"), refused);
            assertTrue(refused.contains("<span class=\"chip overdue\">逾期</span>"), refused);
            assertTrue(refused.contains("截止日期 2009-12-31"), refused);
            assertTrue(refused.contains("第一检查组.xlsx") && refused.contains("退回") && refused.contains("999"), refused);
            // S01's hostile name among the units owed, escaped; each unit's indicators by code and name
            assertTrue(refused.contains(ConsoleEscapingTest.NAME_ESCAPED), refused);
            assertTrue(refused.contains("<a href=\"/units/S02\">S02</a>"), refused);
            assertTrue(refused.contains("<span class=\"mono\">EFF-02</span>"), refused);
            assertFalse(refused.contains("/units/D01"), "JCZ1 scores the street offices only: " + refused);

            String accepted = web.get("/bodies/SHB").text();
            assertTrue(accepted.contains("<span class=\"chip accepted\">已交</span>"), accepted);
            assertTrue(accepted.contains("现行有效") && accepted.contains("社会办.xlsx"), accepted);
            assertTrue(accepted.contains("负责的单位和指标已全部评分"), accepted);

            String none = web.get("/bodies/FGW").text();
            assertTrue(none.contains("尚未收到这本评分表"), none);

            // a unit's page names the bodies that score it, and what each still owes it
            String unit = web.get("/units/S02").text();
            Matcher jcz1Line = Pattern.compile("<tr>\\s*<td><a href=\"/bodies/JCZ1\">JCZ1</a></td>.*?</tr>",
                    Pattern.DOTALL).matcher(unit);
            assertTrue(jcz1Line.find(), unit);
            assertTrue(jcz1Line.group().contains(BODY_ESCAPED) && jcz1Line.group().contains("state overdue")
                    && jcz1Line.group().contains("<span class=\"mono\">EFF-02</span>"), jcz1Line.group());
            Matcher shbLine = Pattern.compile("<tr>\\s*<td><a href=\"/bodies/SHB\">SHB</a></td>.*?</tr>",
                    Pattern.DOTALL).matcher(unit);
            assertTrue(shbLine.find(), unit);
            assertTrue(shbLine.group().contains("state accepted") && shbLine.group().contains("<td>—</td>"),
                    shbLine.group());
            assertFalse(web.get("/units/D01").text().contains("/bodies/JCZ1\""), "JCZ1 scores no department");

            // 催报 on screen: the bodies after the units, as in the 催报名单 file
            String reminders = web.get("/reminders").text();
            assertFalse(reminders.contains("<script>alert"), reminders);
            assertTrue(reminders.contains("、评分单位 " + (bodies - 1) + " 个"), reminders);
            assertTrue(reminders.contains("<td>评分单位（检查组）</td><td>JCZ1</td><td>" + BODY_ESCAPED + "</td>"),
                    reminders);

            WebClient.Page unknown = web.get("/bodies/" + WebClient.enc("<script>alert(1)</script>"));
            assertEquals(404, unknown.status());
            assertTrue(unknown.text().contains("方案中没有代码为 &lt;script&gt;alert(1)&lt;/script&gt; 的评分单位"),
                    unknown.text());
        }
    }

    @Test
    void aPlanWithoutBodiesShowsNoBodiesSection() throws Exception {
        ConsoleFixture fx = new ConsoleFixture(dir);
        try (ConsoleServer server = fx.start()) {
            WebClient web = new WebClient(server.url());
            String board = web.get("/board").text();
            assertFalse(board.contains("id=\"bodies\""), board);
            assertFalse(board.contains("评分单位评分表"), board);
            assertEquals(404, web.get("/bodies/JCZ1").status());
        }
    }

    /** The board's table row of one body. */
    private static String row(String html, String code) {
        Matcher m = Pattern.compile("<tr data-href=\"/bodies/" + Pattern.quote(code) + "\">.*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no row of " + code + ":\n" + html);
        return m.group();
    }
}
