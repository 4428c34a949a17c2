package org.shuangbai.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shuangbai.forms.InputRule;
import org.shuangbai.ledger.FileRecord;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.ledger.RecordedValue;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/**
 * From what the ledger holds to the rows of the consolidated issue ledger (挂帐问题汇总表) and the reminder
 * list (催报名单), on the bundled plan: literal ledger values in, exact rows out. An issue row reads
 * {@code unit | unit name | number | problem | category | opinion | deadline | department | status |
 * overdue | remark} (an absent value reads null); a reminder row {@code group | unit | unit name | forms owed | why}.
 */
class LedgerRowsTest {
    private static final LocalDate NOTICE_DATE = LocalDate.of(2010, 2, 20);
    private static Plan plan;

    @BeforeAll
    static void load() throws Exception {
        plan = Fixture.plan();
    }

    // ── 挂帐问题汇总表 ──

    @Test
    void everyColumnOfAnIssueRowComesFromItsCellsAndAnItemPastItsDeadlineIsOverdue() {
        assertItems("""
                S01 L01.problem     办事指南未公示
                S01 L01.category    政务公开
                S01 L01.opinion     限期公示
                S01 L01.deadline    2009-09-30
                S01 L01.department  办公室
                S01 L01.status      整改中
                """, """
                S01 | 朝外街道办事处 | L01 | 办事指南未公示 | 政务公开 | 限期公示 | 2009-09-30 | 办公室 | 整改中 | overdue | 逾期
                """);
    }

    @Test
    void anItemWhoseStatusIsTheLastOfThePlansListIsDoneAndNeverOverdue() {
        // 整改状态 in lists.csv: 未整改, 整改中, 已整改 — the last one closes an item
        assertItems("""
                S01 L01.problem   窗口服务不规范
                S01 L01.deadline  2009-06-30
                S01 L01.status    已整改
                """, """
                S01 | 朝外街道办事处 | L01 | 窗口服务不规范 | null | null | 2009-06-30 | null | 已整改 | | null
                """);
    }

    @Test
    void anItemIsOverdueOnlyAfterItsDeadlineDay() {
        assertItems("""
                S01 L01.problem   到期当天
                S01 L01.deadline  2010-02-20
                S01 L02.problem   前一天到期
                S01 L02.deadline  2010-02-19
                S01 L03.problem   未定期限
                S01 L03.status    未整改
                """, """
                S01 | 朝外街道办事处 | L01 | 到期当天 | null | null | 2010-02-20 | null | null | | null
                S01 | 朝外街道办事处 | L02 | 前一天到期 | null | null | 2010-02-19 | null | null | overdue | 逾期
                S01 | 朝外街道办事处 | L03 | 未定期限 | null | null | null | null | 未整改 | | null
                """);
    }

    @Test
    void rowsWithoutAProblemAreLeftOutAndOtherFormsAndRecordsAreIgnored() {
        assertItems("""
                S01 L01.deadline  2009-09-30
                S01 L02.problem
                S01 L03.problem   台账不全
                S01 P01.name      不是挂帐问题
                """, """
                S01 | 朝外街道办事处 | L03 | 台账不全 | null | null | null | null | null | | null
                """);
    }

    @Test
    void unitsComeInCodeOrderAndItemsInNumberOrder() {
        assertItems("""
                S02 L02.problem   乙二
                S02 L01.problem   乙一
                D01 L01.problem   甲一
                """, """
                D01 | 区发展改革委 | L01 | 甲一 | null | null | null | null | null | | null
                S02 | 劲松街道办事处 | L01 | 乙一 | null | null | null | null | null | | null
                S02 | 劲松街道办事处 | L02 | 乙二 | null | null | null | null | null | | null
                """);
    }

    @Test
    void aUnitNoLongerInThePlanIsNamedByItsCode() {
        assertItems("""
                X99 L01.problem   已撤并单位的问题
                """, """
                X99 | X99 | L01 | 已撤并单位的问题 | null | null | null | null | null | | null
                """);
    }

    // ── 催报名单 ──

    @Test
    void aUnitOwingSeveralFormsIsOneRowNamingEachFormAndWhy() {
        assertReminders("""
                S01 registration  MISSING
                S01 ledger        REJECTED
                S01 score         ACCEPTED
                S02 registration  ACCEPTED
                S02 ledger        ACCEPTED
                S02 score         ACCEPTED correction-rejected
                D01 score         MISSING
                """, """
                街乡 | S01 | 朝外街道办事处 | 效能监察立项表、挂帐问题项目表 | 未交、被退回
                街乡 | S02 | 劲松街道办事处 | 考核评分表 | 更正件被退回
                委办局 | D01 | 区发展改革委 | 考核评分表 | 未交
                """);
    }

    @Test
    void aUnitWithEveryFormAcceptedOwesNothing() {
        assertReminders("""
                S01 registration  ACCEPTED
                S01 ledger        ACCEPTED
                S01 score         ACCEPTED
                """, "");
    }

    private static void assertItems(String ledger, String expected) {
        List<RecordedValue> values = new ArrayList<>();
        for (String line : ledger.strip().split("\n")) {
            String[] p = line.strip().split("\\s+", 3);
            values.add(new RecordedValue(p[0], p[1].startsWith("P") ? FormKind.REGISTRATION : FormKind.LEDGER, "",
                    FieldKey.of(p[1]), p.length > 2 ? p[2] : "", InputRule.Kind.TEXT, "f.xlsx", "input/returned/f.xlsx",
                    "挂帐问题项目表", "B5", "00", 1, Instant.EPOCH, values.size()));
        }
        String rows = LedgerRows.items(plan, values, NOTICE_DATE).stream()
                .map(r -> String.join(" | ", r.unitCode(), r.unitName(), r.number(), r.problem(), r.category(),
                        r.opinion(), r.deadline(), r.department(), r.status(), r.overdue() ? "overdue" : "",
                        r.remark()).replace("|  |", "| |"))
                .map(r -> r + "\n").collect(Collectors.joining());
        assertEquals(expected, rows);
    }

    private static void assertReminders(String statuses, String expected) {
        List<FormStatus> list = new ArrayList<>();
        for (String line : statuses.strip().split("\n")) {
            String[] p = line.strip().split("\\s+");
            AssessedUnit unit = plan.unit(p[0]).orElseThrow();
            FormKind form = FormKind.fromOption(p[1]).orElseThrow();
            FormStatus.State state = FormStatus.State.valueOf(p[2]);
            boolean correctionRejected = p.length > 3;
            FileRecord rejected = state == FormStatus.State.REJECTED || correctionRejected ? rejected(unit, form) : null;
            list.add(new FormStatus(unit, form, state, List.of(), rejected, correctionRejected));
        }
        String rows = LedgerRows.reminders(plan, list).stream()
                .map(r -> String.join(" | ", r.group(), r.unitCode(), r.unitName(), r.missing(), r.note()) + "\n")
                .collect(Collectors.joining());
        assertEquals(expected, rows);
    }

    private static FileRecord rejected(AssessedUnit unit, FormKind form) {
        return new FileRecord(7, "00", "input/returned/x.xlsx", "x.xlsx", 100, "XLSX", Instant.EPOCH,
                org.shuangbai.intake.Verdict.REJECTED, "CY-2009-SB", 2009, unit.code(), form, "", null, null, List.of());
    }
}
