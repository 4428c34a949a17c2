package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shuangbai.plan.Plan;

class DocumentDataTest {
    static Plan plan;
    static DocumentData data;

    @BeforeAll
    static void map() throws Exception {
        plan = Fixture.plan();
        data = DocumentData.from(plan, Fixture.results(plan, Fixture.SMALL), Fixture.ledger(), Fixture.reminders(),
                Fixture.bodyTemplate());
    }

    @Test
    void noticeCarriesTheSettingsAndTheBody() {
        NoticeData n = data.notice();
        assertEquals("朝政办发〔2010〕8号", n.documentNumber());
        assertTrue(n.addressees().endsWith("各区属机构："));
        assertEquals("2010年2月20日", n.date());
        assertTrue(n.body().startsWith("根据《朝阳区2009年目标管理双百考核工作实施方案》（朝政办发〔2009〕11号）"), n.body());
        assertTrue(n.body().contains("<style fontName=\"公文黑体\">二、先进单位</style>"), n.body());
        assertTrue(n.body().contains("共有4个单位被评为先进单位"), n.body());
    }

    @Test
    void commendedUnitsAreListedPerSystemAndGroupInRankOrder() {
        List<String> lines = data.notice().commended().stream()
                .map(c -> c.system() + "/" + c.group() + "/" + c.number() + "/" + c.unitName() + "/" + c.total()).toList();
        assertEquals(List.of("效能监察/街乡/1/朝外街道办事处/95.00", "效能监察/委办局/1/区发展改革委/95.00",
                "优化发展环境/街乡/1/朝外街道办事处/92.00", "优化发展环境/委办局/1/区发展改革委/92.00"), lines);
    }

    @Test
    void summaryHasEveryResultWithCategoryColumnsOfItsSystem() {
        assertEquals(2 * Fixture.SMALL.size(), data.notice().summary().size());
        SummaryRow first = data.notice().summary().get(0);
        assertEquals("效能监察（街乡）", first.section());
        assertEquals("工作方案（6）", first.h1());
        assertEquals("公共评议（20）", first.h5());
        assertNull(first.h6(), "EFFICIENCY has five categories");
        SummaryRow notScored = data.notice().summary().stream()
                .filter(r -> r.unitCode().equals("D03") && r.system().startsWith("朝阳区优化")).findFirst().orElseThrow();
        assertEquals("评分表未交", notScored.grade());
        assertNull(notScored.total(), "a unit not scored is never 0");
        assertEquals("—", notScored.rank());
        SummaryRow vetoed = data.notice().summary().stream().filter(r -> r.unitCode().equals("S02")).findFirst().orElseThrow();
        assertEquals("取消评优资格", vetoed.veto());
    }

    @Test
    void summaryRowsAreMadeWhenAskedForInTheTablesOrder() {
        List<SummaryRow> rows = data.notice().summary();
        // each row made when asked for (held whole, the rows were about 5 MB at 10,000 units): equal, not the same
        assertEquals(rows.get(3), rows.get(3));
        assertNotSame(rows.get(3), rows.get(3));
        assertEquals(List.of("效能监察（街乡）/1/S01", "效能监察（街乡）/2/S02", "效能监察（街乡）/3/S03",
                "效能监察（委办局）/1/D01", "效能监察（委办局）/2/D02", "效能监察（委办局）/3/D03",
                "优化发展环境（街乡）/1/S01", "优化发展环境（街乡）/2/S02", "优化发展环境（街乡）/3/S03",
                "优化发展环境（委办局）/1/D01", "优化发展环境（委办局）/2/D02", "优化发展环境（委办局）/—/D03"), rows.stream().map(r -> r.section() + "/" + r.rank() + "/" + r.unitCode()).toList());
    }

    @Test
    void aLetterHasItsIndicatorsVetoesOpenItemsAndChart() {
        LetterData s01 = data.letters().stream().filter(l -> l.unitCode().equals("S01")).findFirst().orElseThrow();
        assertEquals(15 + 26, s01.rows().size());
        LetterRow third = s01.rows().get(2);
        assertEquals("1. 工作方案", third.category());
        assertEquals(new BigDecimal("1"), third.max());
        assertEquals("-1.00", third.difference());
        assertTrue(s01.rows().get(0).systemResult().contains("街乡组第 1 名（共 3 个单位）"), s01.rows().get(0).systemResult());
        assertEquals(List.of("L01", "L02"), s01.openItems().stream().map(LedgerItemRow::number).toList());
        assertEquals(2 * (5 + 6), s01.chart().size());
        LetterData d01 = data.letters().stream().filter(l -> l.unitCode().equals("D01")).findFirst().orElseThrow();
        assertTrue(d01.openItems().isEmpty(), "an item 已整改 is closed");
        LetterData d03 = data.letters().stream().filter(l -> l.unitCode().equals("D03")).findFirst().orElseThrow();
        assertTrue(d03.rows().stream().anyMatch(r -> r.indicator() == null && r.systemResult().startsWith("未计分")));
    }

    @Test
    void overdueLedgerItemsComeFirst() {
        assertTrue(data.ledger().get(0).overdue());
        assertFalse(data.ledger().get(data.ledger().size() - 1).overdue());
    }

    @Test
    void ledgerRowsFromRecordedValuesMarkOverdueByTheNoticeDate() {
        var v = List.of(value("S01", "L01.problem", "未公示"), value("S01", "L01.deadline", "2009-09-30"),
                value("S01", "L01.status", "整改中"), value("S01", "L02.problem", "已办"),
                value("S01", "L02.deadline", "2009-09-30"), value("S01", "L02.status", "已整改"));
        List<LedgerItemRow> rows = LedgerRows.items(plan, v, LocalDate.of(2010, 2, 20));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).overdue());
        assertFalse(rows.get(1).overdue(), "an item 已整改 is never overdue");
    }

    private static org.shuangbai.ledger.RecordedValue value(String unit, String field, String value) {
        return new org.shuangbai.ledger.RecordedValue(unit, org.shuangbai.plan.FormKind.LEDGER, "", org.shuangbai.plan.FieldKey.of(field), value, null,
                "f.xlsx", "f.xlsx", "挂帐问题项目表", "B2", "00", 1, java.time.Instant.EPOCH, 0);
    }
}
