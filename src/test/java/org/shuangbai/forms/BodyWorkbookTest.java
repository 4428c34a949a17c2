package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangbai.TestPlans;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.AssessorKind;
import org.shuangbai.plan.Assessors;
import org.shuangbai.plan.Assignment;
import org.shuangbai.plan.CombinationRule;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.IndicatorPart;
import org.shuangbai.plan.FieldKey.UnitIndicatorField;
import org.shuangbai.plan.FieldKey.UnitVetoField;
import org.shuangbai.plan.FieldKey.VetoPart;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.UnitGroup;
import org.shuangbai.plan.UnitScope;

/**
 * 评分单位评分表: the bundled plan's bodies' workbooks as laid out (units × indicators, headers, rules, grey
 * cells) and as written (protection, validation, frozen panes, print setup, zebra rows, identity, signature).
 */
class BodyWorkbookTest {
    private final Plan plan = TestPlans.bundled();
    private final WorkspaceKey key = PlanFixture.key(7);
    private final FormSigner signer = new FormSigner(key);
    private final WorkbookGenerator generator = PlanFixture.generator(key);

    private Assessor body(String code) {
        return plan.assessors().body(code).orElseThrow();
    }

    @Test
    void aCheckGroupsWorkbookHasItsUnitsAsRowsAndItsIndicatorsAsColumns() {
        FormLayout l = FormLayouts.build(plan, body("JCZ2"));
        assertEquals(List.of("填表说明", "效能监察", "优化发展环境"), l.sheets());
        assertEquals("shuangbai-form|CY-2009-SB|2009|JCZ2|assessor|1", l.identity().canonical());
        assertEquals("2009年度效能监察指标评分表（第二检查组）", l.label("EFFICIENCY.title").orElseThrow().text());
        assertEquals("评分单位：第二检查组（代码 JCZ2）　　考核年度：2009年", l.label("EFFICIENCY.unit").orElseThrow().text());
        // header: number, name and 分值 of each indicator over its score and note columns
        assertEquals(List.of("单位代码", "单位名称", "分组", "2. 工作制度完善（1分）", "3. 进度计划可行（1分）", "4. 保障措施到位（1分）",
                "12. 征求人大意见（3分）", "13. 征求政协意见（3分）", "14. 征求区领导意见（10分）",
                "15. 街乡、企事业单位、社会单位及市民评议（4分）"), texts(l, "效能监察", 2));
        assertEquals(List.of("得分", "扣分说明"), texts(l, "效能监察", 3).subList(0, 2));
        // rows: the 48 departments the group covers, in plan order
        List<String> codes = texts(l, "效能监察", 0).subList(1, 49);
        assertEquals(IntStream.rangeClosed(1, 48).mapToObj(i -> String.format("D%02d", i)).toList(), codes);
        assertEquals("区发展改革委", cellText(l, "效能监察", 4, 1));
        assertEquals("委办局", cellText(l, "效能监察", 4, 2));
        // a score cell: 0..分值, required (partial returns not allowed), with the indicator in its prompt
        CellSpec score = l.field(new UnitIndicatorField("D01", "EFF-14", IndicatorPart.SCORE)).orElseThrow();
        assertEquals("N5", score.ref());
        assertEquals(InputRule.Kind.DECIMAL, score.rule().kind());
        assertEquals(0, BigDecimal.TEN.compareTo(score.rule().max()));
        assertTrue(score.rule().required());
        assertTrue(score.rule().prompt().startsWith("征求区领导意见：填0～10之间的数字"), score.rule().prompt());
        CellSpec note = l.field(new UnitIndicatorField("D48", "EFF-14", IndicatorPart.NOTE)).orElseThrow();
        assertEquals("O52", note.ref());
        assertFalse(note.rule().required());
        assertEquals(21 * 2 * 48, l.inputs().filter(c -> c.sheet().equals("优化发展环境")).count());
        // who filled it, on the instruction sheet
        assertTrue(l.field(FieldKey.FormField.ASSESSOR_NAME).orElseThrow().rule().required());
        assertTrue(l.field(FieldKey.FormField.ASSESSOR_DATE).isPresent());
    }

    @Test
    void aBodyThatFindsVetoesHasAVetoSheet() {
        FormLayout l = FormLayouts.build(plan, body("JCJ"));
        assertEquals(List.of("填表说明", "效能监察", "一票否决"), l.sheets());
        assertEquals(91, texts(l, "效能监察", 0).size() - 1);
        assertEquals(List.of("单位代码", "单位名称", "分组", "第1类（评为较差）：" + plan.veto("V1").orElseThrow().situation(),
                "第2类（取消评优资格）：" + plan.veto("V2").orElseThrow().situation(),
                "第3类（取消评优资格）：" + plan.veto("V3").orElseThrow().situation(),
                "第5类（取消评优资格）：" + plan.veto("V5").orElseThrow().situation()), texts(l, "一票否决", 2));
        CellSpec answer = l.field(new UnitVetoField("S07", "V5", VetoPart.ANSWER)).orElseThrow();
        assertEquals(InputRule.Kind.YES_NO, answer.rule().kind());
        assertTrue(answer.rule().required());
        assertEquals(InputRule.Kind.TEXT, l.field(new UnitVetoField("S07", "V5", VetoPart.EXPLAIN)).orElseThrow()
                .rule().kind());
        // 社会办 joins for the street offices only: 43 rows, EFF-07 and EFF-08
        FormLayout shb = FormLayouts.build(plan, body("SHB"));
        assertEquals(List.of("填表说明", "效能监察"), shb.sheets());
        assertEquals(43, texts(shb, "效能监察", 0).size() - 1);
        assertEquals(List.of("7. 责任追究到位（3分）", "8. 档案材料齐全（1分）"), texts(shb, "效能监察", 2).subList(3, 5));
    }

    @Test
    void aCellOfAUnitTheBodyDoesNotScoreIsLockedGreyAndSignedBlank() {
        // a body scoring EFF-01 for the street offices and EFF-02 for every unit
        UnitScope all = UnitScope.everyUnit("全部");
        UnitScope streets = new UnitScope(false, java.util.Set.of(UnitGroup.STREET), java.util.Set.of(), "街乡");
        Assessor x = new Assessor("X", "某局", AssessorKind.DEPARTMENT, all, "");
        Plan p = withBodies(List.of(x), List.of(new Assignment("EFF-01", "X", streets, CombinationRule.MEAN, null, false),
                new Assignment("EFF-02", "X", all, CombinationRule.MEAN, null, false)));
        FormLayout l = FormLayouts.build(p, x);
        AssessedUnit d01 = p.unit("D01").orElseThrow();
        assertTrue(l.field(new UnitIndicatorField("S43", "EFF-01", IndicatorPart.SCORE)).isPresent());
        assertEquals(Optional.empty(), l.field(new UnitIndicatorField(d01.code(), "EFF-01", IndicatorPart.SCORE)));
        CellSpec grey = l.cells().stream().filter(c -> c.sheet().equals("效能监察") && c.row() == 47 && c.column() == 3)
                .findFirst().orElseThrow();
        assertEquals(CellRole.LABEL, grey.role());
        assertEquals("", grey.text());
        assertEquals(CellFormat.NOT_SCORED, grey.format());
        assertEquals(Optional.of(new BodyMatrix.Subject("D01", "EFF-01")), BodyMatrix.of(l).subject("效能监察", "D48"));
        assertEquals(Optional.of(new BodyMatrix.Subject("D01", "EFF-02")), BodyMatrix.of(l).subject("效能监察", "G48"));
        assertEquals(Optional.empty(), BodyMatrix.of(l).subject("效能监察", "B48"));
    }

    @Test
    void theWrittenWorkbookIsProtectedValidatedFrozenBandedAndPrintsOnA3() throws Exception {
        FormLayout l = FormLayouts.build(plan, body("JCZ2"));
        byte[] bytes = generator.toBytes(l);
        assertArrayEquals(bytes, generator.toBytes(FormLayouts.build(plan, body("JCZ2"))), "same inputs, same bytes");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = wb.getSheet("优化发展环境");
            assertTrue(s.getProtect());
            assertTrue(wb.isStructureLocked());
            // frozen below the sub-header and right of the unit columns; those repeated on every printed page
            assertEquals(3, s.getPaneInformation().getVerticalSplitPosition());
            assertEquals(4, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("3:4", s.getRepeatingRows().formatAsString());
            assertEquals("A:C", s.getRepeatingColumns().formatAsString());
            assertEquals(PrintSetup.A3_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(8 * 256, s.getColumnWidth(0));
            // one validation per column, over the whole column of units
            List<String> ranges = new ArrayList<>();
            for (DataValidation v : s.getDataValidations()) {
                ranges.add(v.getRegions().getCellRangeAddress(0).formatAsString());
            }
            assertTrue(ranges.contains("D5:D52"), ranges.toString());
            assertEquals(22, ranges.size(), "a rule per score column, one for every note column");
            // zebra rows: consecutive units differ in fill, a row's input cells are unlocked
            XSSFCell odd = s.getRow(4).getCell(3);
            XSSFCell even = s.getRow(5).getCell(3);
            assertFalse(odd.getCellStyle().getLocked());
            assertFalse(even.getCellStyle().getLocked());
            assertNotEquals(odd.getCellStyle().getFillForegroundXSSFColor().getARGBHex(),
                    even.getCellStyle().getFillForegroundXSSFColor().getARGBHex());
            assertTrue(s.getRow(4).getCell(1).getCellStyle().getLocked());
            // identity: the body as holder, and a signature over its unit rows and indicator headers
            Map<String, String> id = WorkbookIdentity.values(wb).orElseThrow();
            assertEquals("JCZ2", id.get("unit"));
            assertEquals("assessor", id.get("form"));
            assertTrue(signer.verify(l.identity(), WorkbookIdentity.lockedCells(wb, l), id.get("signature")));
            assertEquals(CellType.STRING, s.getRow(4).getCell(0).getCellType());
        }
    }

    @Test
    void aUnitsScoreSheetAsksOnlyForWhatNoBodyGives() {
        FormLayout l = FormLayouts.build(plan, plan.unit("S01").orElseThrow(), FormKind.SCORE);
        assertEquals(List.of("填表说明", "效能监察", "优化发展环境", "一票否决及填报人"), l.sheets());
        assertEquals(0, l.inputs().filter(c -> c.key() instanceof FieldKey.IndicatorField f
                && f.part() == IndicatorPart.SCORE).count());
        CellSpec self = l.field(FieldKey.self("EFF-01")).orElseThrow();
        assertTrue(self.rule().required());
        assertEquals("由评分单位评分", l.label("EFF-01.byBodies").orElseThrow().text());
        assertEquals("由评分单位认定", l.label("V1.byBodies").orElseThrow().text());
        assertTrue(l.field(FieldKey.FormField.UNIT_CONTACT).isPresent());
        assertEquals(Optional.empty(), l.field(FieldKey.FormField.ASSESSOR_UNIT));
        assertEquals(0, l.formulas().filter(c -> c.key() instanceof FieldKey.IndicatorField f
                && f.part() == IndicatorPart.SCORE).count(), "no subtotal of scores the sheet does not hold");
        assertTrue(l.label("instructions.3").orElseThrow().text().contains("“考核得分”由各评分单位在评分单位评分表中评定"));
    }

    private Plan withBodies(List<Assessor> bodies, List<Assignment> rows) {
        Plan p = TestPlans.unitSheets();
        return new Plan(p.settings(), p.systems(), p.vetoes(), p.units(), p.lists(), org.shuangbai.plan.TaskList.NONE,
                new Assessors(bodies, rows, false));
    }

    /** The texts of column A from the header on (0), or of one row (a row index above 0). */
    private static List<String> texts(FormLayout l, String sheet, int rowOrColumn) {
        if (rowOrColumn == 0) {
            return l.labels().filter(c -> c.sheet().equals(sheet) && c.column() == 0 && c.row() >= 2)
                    .map(CellSpec::text).toList();
        }
        return l.labels().filter(c -> c.sheet().equals(sheet) && c.row() == rowOrColumn).map(CellSpec::text).toList();
    }

    private static String cellText(FormLayout l, String sheet, int row, int column) {
        return l.labels().filter(c -> c.sheet().equals(sheet) && c.row() == row && c.column() == column)
                .findFirst().orElseThrow().text();
    }
}
