package org.shuangbai.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.tables.ImportLimits;
import org.shuangbai.tables.RawFileRefused;
import org.shuangbai.tables.RawFiles;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/** One export read by the rules, literal rows beside where each went. */
class RatingImportTest {
    @TempDir
    Path dir;
    Plan plan;
    EvaluationRules rules;
    final List<RowNote> notes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        plan = PlanLoader.load(Path.of("input/plan"));
        rules = EvaluationRulesReader.load(Path.of("input/plan"), plan);
    }

    private ImportTally read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return RatingImport.run(RawFiles.inspect(f, ImportLimits.DEFAULT), rules, plan, null, ImportLimits.DEFAULT,
                notes::add);
    }

    @Test
    void everyRowGoesSomewhereAndTheListedOnesSayWhy() throws Exception {
        ImportTally t = read("ws.csv", String.join("\n",
                "导出时间：2010-01-05",
                "被评单位,用户标识,评分,评价时间,IP",
                "朝外街道办事处,U1,5,2009-03-01 10:00:00,1.1.1.1",
                "S01,U2,4,2009/3/2,",
                "S01,U1,3,2009-03-03,",
                "S01,U3,不了解,2009-03-04,",
                "S01,U4,6,2009-03-05,",
                "S01,U5,5,2008-12-31,",
                "朝外街道,U6,5,2009-03-06,",
                ",U7,5,2009-03-07,",
                "S02,U8,=1+1,2009-03-08,",
                "S02,U8,2,2009年3月9日,",
                "",
                "S02,U9,5,2009-13-01,") + "\n");
        assertEquals(2, t.headerLine());
        assertEquals(1, t.titleRows());
        assertEquals(List.of("WS"), t.mapping().channels());
        assertEquals(new ImportCounts(12, 3, 1, 1, 1, 1, 4, 1), t.counts());
        assertTrue(t.counts().balanced());
        assertEquals(List.of(
                new UnitChannelTally("S01", "WS", 2, Map.of("4", 1L, "5", 1L, "不了解", 1L), 1, 1),
                new UnitChannelTally("S02", "WS", 1, Map.of("2", 1L), 0, 0)), t.tallies());
        assertEquals(List.of(new UnknownUnit("朝外街道", 1, 9)), t.unknownUnits());
        assertEquals(List.of(
                "ws.csv 第 5 行：评议人“U1”已对「S01」在「网上评议」作答过，只计第一次。",
                "ws.csv 第 7 行：「评分」一栏的分数超出 1–5，该行未予采用。请在导出文件中改正该行后重新导入整个文件（改正后的文件取代原来的）。",
                "ws.csv 第 10 行：「被评单位」一栏为空，该行未予采用。请在导出文件中改正该行后重新导入整个文件（改正后的文件取代原来的）。",
                "ws.csv 第 11 行：「评分」一栏既不是 1–5 的分数，也不在渠道「网上评议」的计分表中（满意、基本满意、不满意、不了解），该行未予采用。请改正该行后重新导入；若这是正当的答案，请在 public-answers.csv 中规定它的得分。",
                "ws.csv 第 14 行：「评价时间」一栏不是可识别的日期时间，该行未予采用。日期应写成 2009-11-03、2009/11/3 或 2009年11月3日（可带时间，如 2009-11-03 10:22:13）；改正后重新导入整个文件。"),
                notes.stream().map(n -> n.describe("ws.csv")).toList());
        assertEquals("=1+1", notes.get(3).found());
    }

    @Test
    void aHeaderInAnotherOrderIsTheSameFormat() throws Exception {
        ImportTally t = read("ws.csv", "评价时间,评分,被评单位,用户标识\n2009-05-01,5,S01,U1\n");
        assertEquals(List.of(new UnitChannelTally("S01", "WS", 1, Map.of("5", 1L), 0, 0)), t.tallies());
    }

    @Test
    void aWrongHeaderRefusesTheWholeFileNamingWhatWasExpected() {
        RawFileRefused e = assertThrows(RawFileRefused.class,
                () -> read("x.csv", "单位,评分,时间\nS01,5,2009-05-01\n"));
        assertTrue(e.what().startsWith("表头不符，整个文件未予导入，台账未作任何改动。第 1 行为“单位 | 评分 | 时间”；"), e.what());
        assertTrue(e.what().contains("渠道 WS：被评单位、用户标识、评分、评价时间"), e.what());
    }

    @Test
    void aChannelColumnSplitsOneFileIntoItsChannels() throws Exception {
        ImportTally t = read("zq.csv", String.join("\n",
                "被征求意见单位,意见人编号,评价,填写日期,身份,征求对象",
                "S01,R1,满意,2009-11-01,人大代表,人大",
                "S01,R1,基本满意,2009-11-01,政协委员,区政协",
                "S01,R2,满意,2009-11-02,,市人大") + "\n");
        assertEquals(List.of("RD", "ZX"), t.mapping().channels());
        assertEquals(List.of(new UnitChannelTally("S01", "RD", 1, Map.of("满意", 1L), 0, 0),
                new UnitChannelTally("S01", "ZX", 1, Map.of("基本满意", 1L), 0, 0)), t.tallies());
        assertEquals(1, t.counts().bad());
        assertEquals("zq.csv 第 4 行：「征求对象」一栏不是本格式的渠道（可写：征求人大意见（人大、人大代表、区人大）、征求政协意见（政协、政协委员、区政协）），该行未予采用。请在导出文件中改正该行后重新导入整个文件（改正后的文件取代原来的）。",
                notes.get(0).describe("zq.csv"));
    }

    @Test
    void timesInTheFormsExportsUse() {
        for (String text : List.of("2009-11-03", "2009-11-03 10:22:13", "2009-11-03T10:22", "2009/11/3",
                "2009/11/3 8:05", "2009.11.03", "2009年11月3日", "2009年11月3日 10时22分")) {
            assertEquals(LocalDate.of(2009, 11, 3), RatingImport.day(text), text);
        }
        for (String text : List.of("2009-11-31", "03/11/2009", "昨天", "40120", "2009-11")) {
            assertEquals(null, RatingImport.day(text), text);
        }
    }

    @Test
    void scoresFollowThePrintedFormula() throws Exception {
        read("ws.csv", "被评单位,用户标识,评分,评价时间\nS01,U1,5,2009-03-01\nS01,U2,4,2009-03-02\nS01,U3,不了解,2009-03-02\n");
        ImportTally t = read("ws2.csv", "被评单位,用户标识,评分,评价时间\nS01,U9,2,2009-03-01\n");
        assertEquals(1, t.tallies().size());
        var first = read("ws3.csv", "被评单位,用户标识,评分,评价时间\nS01,U1,5,2009-03-01\nS01,U2,4,2009-03-02\n");
        // a rules variant where 网上评议 alone makes EFF-15 and one respondent is enough
        EvaluationRules oneChannel = new EvaluationRules(rules.channels().stream().map(c -> new Channel(c.code(), c.name(),
                c.aliases(), c.scale(), c.low(), c.high(), 1, c.shortfall(), c.from(), c.to())).toList(), rules.mappings(),
                rules.answers(), Map.of("EFF-15", List.of(new EvaluationRules.Weight("WS", BigDecimal.ONE, 1))), "x");
        List<SourcedTally> tallies = List.of(new SourcedTally(first.tallies().get(0), 1, "ws3.csv", "x"),
                new SourcedTally(t.tallies().get(0), 2, "ws2.csv", "x"));
        PublicScore s = PublicScores.compute(plan, oneChannel, tallies).score("S01", "EFF-15").orElseThrow();
        // (5−1) + (4−1) + (2−1) = 8 over 3 answers × span 4 = 0.6667; 4 points × 8/12 = 2.67
        assertEquals(new BigDecimal("0.6667"), s.rate());
        assertEquals(new BigDecimal("2.67"), s.score());
        assertEquals(3, s.parts().get(0).respondents());
        assertEquals(List.of(new ChannelPart.Source(1, "ws3.csv", 2), new ChannelPart.Source(2, "ws2.csv", 1)),
                s.parts().get(0).sources());
        assertTrue(PublicScores.compute(plan, oneChannel, tallies).score("S02", "EFF-15").orElseThrow().owed());
    }
}
