package org.shuangbai.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.TestPlans;
import org.shuangbai.app.IngestSummary;
import org.shuangbai.app.Intake;
import org.shuangbai.Workspace;
import org.shuangbai.forms.BodyDistribution;
import org.shuangbai.forms.CellSpec;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.intake.Problem;
import org.shuangbai.intake.ReturnFixture;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * An assessing body's workbook taken in with the unit forms' guarantees: accepted whole with exactly the
 * values typed, or refused whole with every problem naming the sheet, the cell, and the unit and indicator
 * in words; later returns supersede earlier ones per body.
 */
class BodyIntakeTest {
    @TempDir
    Path root;

    private Workspace ws;
    private Plan plan;
    private SampleFiller filler;

    /** 社会办 scores EFF-08 for S01-S10 only here, so its workbook has grey cells (S11-S43 on EFF-08). */
    @BeforeEach
    void workspace() throws Exception {
        ws = new Workspace(root);
        TestPlans.copy(ws.planDir(), true);
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-08,SHB,全部,算术平均,", "EFF-08,SHB,S01-S10,算术平均,"));
        Files.createDirectories(ws.returnedDir());
        plan = PlanLoader.load(ws.planDir());
        filler = new SampleFiller(plan, FormTexts.load(ws));
    }

    private void edit(String file, UnaryOperator<String> change) throws Exception {
        Path p = ws.planDir().resolve(file);
        Files.writeString(p, change.apply(Files.readString(p)));
    }

    private Path blank(String body) throws Exception {
        BodyDistribution d = new BodyDistribution(ws, plan);
        Assessor b = plan.assessors().body(body).orElseThrow();
        d.generate(List.of(b), p -> { });
        return d.file(b);
    }

    private FormLayout layout(String body) {
        return FormLayouts.build(plan, plan.assessors().body(body).orElseThrow(), FormTexts.load(ws));
    }

    private IngestSummary ingest(Path file, Instant at) throws Exception {
        return Intake.ingest(ws, PlanLoader.load(ws.planDir()), List.of(file), Intake.Listener.NONE,
                Clock.fixed(at, ZoneOffset.UTC));
    }

    private List<String> problems(Path file) throws Exception {
        IngestSummary s = ingest(file, Instant.parse("2009-12-21T08:00:00Z"));
        assertEquals(1, s.rejected(), s.files().toString());
        return s.files().get(0).problems().stream().map(Problem::describe).toList();
    }

    @Test
    void aFilledWorkbookIsAcceptedWithEveryValueAsTyped() throws Exception {
        Path filled = ws.returnedDir().resolve("社会办.xlsx");
        Map<FieldKey, String> typed = filler.fillSample(blank("SHB"), filled);
        IngestSummary s = ingest(filled, Instant.parse("2009-12-20T08:00:00Z"));
        assertEquals(1, s.accepted(), s.files().toString());
        assertTrue(s.files().get(0).line().contains("社会办（SHB）评分单位评分表"), s.files().get(0).line());
        try (Ledger ledger = Ledger.open(ws)) {
            Map<String, String> recorded = new LinkedHashMap<>();
            for (RecordedValue v : ledger.currentValues(FormKind.ASSESSOR)) {
                assertEquals("SHB", v.unitCode());
                recorded.put(v.field().text(), v.value());
            }
            Map<String, String> expected = new LinkedHashMap<>();
            typed.forEach((k, v) -> expected.put(k.text(), v));
            assertEquals(expected, recorded);
            // 43 street offices on EFF-07, the ten of S01-S10 on EFF-08
            assertEquals(53, recorded.keySet().stream().filter(k -> k.endsWith(".score")).count());
            assertTrue(recorded.containsKey("S10/EFF-08.score"));
            RecordedValue one = ledger.currentValues(FormKind.ASSESSOR).stream()
                    .filter(v -> v.field().equals(new UnitIndicatorField("S07", "EFF-07", IndicatorPart.SCORE)))
                    .findFirst().orElseThrow();
            assertEquals("效能监察!D11", one.location());
        }
    }

    @Test
    void aLaterReturnOfTheSameBodySupersedesTheEarlierOneKeptInHistory() throws Exception {
        Path first = ws.returnedDir().resolve("a.xlsx");
        Path second = ws.returnedDir().resolve("b.xlsx");
        filler.fillSample(blank("SHB"), first);
        Map<FieldKey, String> changed = filler.fillSample(blank("SHB"), second,
                Map.of(new UnitIndicatorField("S07", "EFF-07", IndicatorPart.SCORE), "1.5"));
        assertEquals(1, ingest(first, Instant.parse("2009-12-20T08:00:00Z")).accepted());
        IngestSummary s = ingest(second, Instant.parse("2009-12-22T08:00:00Z"));
        assertEquals(1, s.superseded());
        try (Ledger ledger = Ledger.open(ws)) {
            assertEquals(2, ledger.history("SHB", FormKind.ASSESSOR).size());
            assertEquals("1.5", ledger.currentValues(FormKind.ASSESSOR).stream()
                    .filter(v -> v.field().text().equals("S07/EFF-07.score")).findFirst().orElseThrow().value());
            assertEquals(changed.size(), ledger.currentValues(FormKind.ASSESSOR).size());
        }
    }

    /** Scoring unit by unit reads one unit's cells of the bodies' current workbooks, as the whole read has them. */
    @Test
    void oneUnitsCellsAreReadFromTheCurrentWorkbooksAlone() throws Exception {
        Path first = ws.returnedDir().resolve("a.xlsx");
        Path second = ws.returnedDir().resolve("b.xlsx");
        filler.fillSample(blank("SHB"), first);
        filler.fillSample(blank("SHB"), second, Map.of(new UnitIndicatorField("S07", "EFF-07", IndicatorPart.SCORE), "1.5"));
        assertEquals(1, ingest(first, Instant.parse("2009-12-20T08:00:00Z")).accepted());
        assertEquals(1, ingest(second, Instant.parse("2009-12-22T08:00:00Z")).superseded());
        try (Ledger ledger = Ledger.open(ws)) {
            List<RecordedValue> s07 = ledger.currentValues(FormKind.ASSESSOR, List.of("JCJ", "SHB"), "S07/");
            assertEquals(ledger.currentValues(FormKind.ASSESSOR).stream()
                    .filter(v -> v.field().text().startsWith("S07/")).toList(), s07);
            assertEquals("1.5", s07.stream().filter(v -> v.field().text().equals("S07/EFF-07.score")).findFirst()
                    .orElseThrow().value());
            assertEquals(List.of(), ledger.currentValues(FormKind.ASSESSOR, List.of("JCJ"), "S07/"));
            assertEquals(List.of(), ledger.currentValues(FormKind.SCORE, List.of("S07"), ""));
            assertEquals(ledger.currentValues(FormKind.ASSESSOR), ledger.currentValues(FormKind.ASSESSOR, List.of("SHB"), ""));
        }
    }

    @Test
    void aScoreForAUnitTheBodyDoesNotScoreIsRefusedNamingUnitAndIndicator() throws Exception {
        Path filled = ws.returnedDir().resolve("x.xlsx");
        filler.fillSample(blank("SHB"), filled);
        CellSpec grey = layout("SHB").cells().stream().filter(c -> c.sheet().equals("效能监察") && c.row() == 15
                && c.column() == 5).findFirst().orElseThrow();
        assertEquals("F16", grey.ref());
        // typed through a macro or the file's XML, past the sheet protection
        ReturnFixture.edit(filled, wb -> setNumber(wb, "效能监察", 15, 5, 1));
        assertEquals(List.of("工作表“效能监察”单元格 F16（单位 S12 和平街街道办事处，指标 EFF-08 档案材料齐全）：内容为“1”，"
                + "该单位的这项指标不由社会办评分，此格（灰色）应为空。请清空该单元格；如确应由本单位评分，请联系考核办调整考核方案后重新下发评分单位评分表。"),
                problems(filled));
    }

    @Test
    void aValueOverTheMaximumAnEditedNameOrHeaderAreRefusedNamingUnitAndIndicator() throws Exception {
        Path filled = ws.returnedDir().resolve("x.xlsx");
        filler.fillSample(blank("SHB"), filled, Map.of(new UnitIndicatorField("S07", "EFF-07", IndicatorPart.SCORE), "3.5"));
        ReturnFixture.edit(filled, wb -> {
            wb.getSheet("效能监察").getRow(5).getCell(1).setCellValue("劲松街道");
            wb.getSheet("效能监察").getRow(2).getCell(3).setCellValue("7. 责任追究到位（5分）");
        });
        assertEquals(List.of(
                "工作表“效能监察”单元格 D3（指标 EFF-07 责任追究到位）：内容为“7. 责任追究到位（5分）”，锁定单元格的内容被改动，"
                        + "下发时应为“7. 责任追究到位（3分）”。请勿修改表中的指标、分值等固定内容；请使用下发的原始工作簿重新填写。",
                "工作表“效能监察”单元格 B6（单位 S02 劲松街道办事处）：内容为“劲松街道”，锁定单元格的内容被改动，"
                        + "下发时应为“劲松街道办事处”。请勿修改表中的指标、分值等固定内容；请使用下发的原始工作簿重新填写。"),
                problems(filled));
        filler.fillSample(blank("SHB"), filled, Map.of(new UnitIndicatorField("S07", "EFF-07", IndicatorPart.SCORE), "3.5"));
        assertEquals(List.of("工作表“效能监察”单元格 D11（单位 S07 团结湖街道办事处，指标 EFF-07 责任追究到位）：内容为“3.5”，"
                + "“得分”超过本项分值 3 分。请填写0 到 3 之间的数字。"), problems(filled));
    }

    @Test
    void anotherBodysIdentityIsRefused() throws Exception {
        // 农委's workbook, its identity rewritten to say 社会办 (the two score the same units on the same indicators)
        edit(PlanLoader.ASSIGNMENTS, s -> s.replace("EFF-08,NW,全部,算术平均,", "EFF-08,NW,S01-S10,算术平均,"));
        plan = PlanLoader.load(ws.planDir());
        filler = new SampleFiller(plan, FormTexts.load(ws));
        Path filled = ws.returnedDir().resolve("x.xlsx");
        filler.fillSample(blank("NW"), filled);
        ReturnFixture.edit(filled, wb -> {
            var id = wb.getSheet("_shuangbai");
            for (var row : id) {
                if (row.getCell(0).getStringCellValue().equals("unit")) {
                    row.getCell(1).setCellValue("SHB");
                }
            }
        });
        assertEquals(List.of("身份信息写的是评分单位“社会办”（SHB），但表格内容是下发给“农委”（NW）的：身份信息被从另一评分单位的工作簿复制或改动过。"
                + "请使用考核办下发给本评分单位的原始评分单位评分表重新填写。"), problems(filled));
    }

    @Test
    void blanksAreRefusedUnlessThePlanAllowsPartialReturnsAndThenStayBlank() throws Exception {
        Path filled = ws.returnedDir().resolve("x.xlsx");
        Map<FieldKey, String> clear = new LinkedHashMap<>();
        for (String unit : List.of("S01", "S02", "S03")) {
            clear.put(new UnitIndicatorField(unit, "EFF-07", IndicatorPart.SCORE), "");
        }
        filler.fillSample(blank("SHB"), filled, clear);
        List<String> problems = problems(filled);
        assertEquals(3, problems.size());
        assertEquals("工作表“效能监察”单元格 D5（单位 S01 朝外街道办事处，指标 EFF-07 责任追究到位）：“得分”是必填项，但未填写。"
                + "请填写0 到 3 之间的数字。", problems.get(0));

        edit(PlanLoader.SETTINGS, s -> s.replace("assessors.partial-returns = 不允许", "assessors.partial-returns = 允许"));
        plan = PlanLoader.load(ws.planDir());
        filler = new SampleFiller(plan, FormTexts.load(ws));
        filler.fillSample(blank("SHB"), filled, clear);
        assertEquals(1, ingest(filled, Instant.parse("2009-12-22T08:00:00Z")).accepted());
        try (Ledger ledger = Ledger.open(ws)) {
            assertTrue(ledger.currentValues(FormKind.ASSESSOR).stream().noneMatch(v -> v.field().text().equals("S01/EFF-07.score")));
            // the blanks stay owed: status and the reminder list name them
            List<BodyStatus> bodies = ledger.bodyStatus(plan);
            BodyStatus shb = bodies.stream().filter(b -> b.body().code().equals("SHB")).findFirst().orElseThrow();
            assertEquals(FormStatus.State.ACCEPTED, shb.state());
            assertEquals(List.of("S01/EFF-07", "S02/EFF-07", "S03/EFF-07"), shb.owed().stream()
                    .map(o -> o.unit().code() + "/" + o.target()).toList());
            assertEquals(List.of("评分单位（职能部门）", "SHB", "社会办", "评分单位评分表", "已受理，部分未评分",
                    "尚未评分 3 项：S01 朝外街道办事处：EFF-07、S02 劲松街道办事处：EFF-07、S03 建外街道办事处：EFF-07", "input/returned/x.xlsx"),
                    StatusReport.bodyReminders(List.of(shb)).get(0).subList(0, 7));
            BodyStatus jcj = bodies.stream().filter(b -> b.body().code().equals("JCJ")).findFirst().orElseThrow();
            assertEquals(FormStatus.State.MISSING, jcj.state());
            assertTrue(jcj.needsReminder());
        }
    }

    @Test
    void manyBlanksAreListedUpToThirtyAndCounted() throws Exception {
        Path filled = ws.returnedDir().resolve("x.xlsx");
        Map<FieldKey, String> clear = new LinkedHashMap<>();
        plan.units().stream().filter(u -> u.code().startsWith("S")).forEach(u ->
                clear.put(new UnitIndicatorField(u.code(), "EFF-07", IndicatorPart.SCORE), ""));
        filler.fillSample(blank("SHB"), filled, clear);
        List<String> problems = problems(filled);
        assertEquals(31, problems.size());
        assertEquals("另有 13 个必填单元格未填写（共 43 个）。请把全部得分和一票否决情形填写完毕后重新交回；方案允许部分交回时，未填的格视为尚未评分。",
                problems.get(30));
    }

    private static void setNumber(Workbook wb, String sheet, int row, int column, double value) {
        var r = wb.getSheet(sheet).getRow(row);
        (r.getCell(column) == null ? r.createCell(column) : r.getCell(column)).setCellValue(value);
    }
}
