package org.shuangbai.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuangbai.plan.DistrictTask;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;
import org.shuangbai.plan.TaskList;

/** The 立项 matching rules, literal registrations in, exact findings out. */
class TaskCheckTest {
    private static final DistrictTask T1 = new DistrictTask("T1", "区政府折子工程", "背街小巷环境整治，完成100条街巷",
            "S01", List.of(), "");
    private static final DistrictTask T2 = new DistrictTask("T2", "消防安全", "社区消防站建设，建成社区消防站20个",
            "S01", List.of("S02"), "");
    private static final DistrictTask T3 = new DistrictTask("T3", "电子政务建设", "网上行政审批系统建设", "S02",
            List.of(), "");

    private static Plan plan() throws Exception {
        return PlanLoader.load(Path.of("input/plan")).withTasks(new TaskList(List.of(T1, T2, T3)));
    }

    private static RegisteredProject row(String unit, int row, String name, String task) {
        return new RegisteredProject(unit, row, name, task, unit + ".xlsx", "效能监察立项表", "B" + (row + 3),
                "D" + (row + 3));
    }

    private static RegistrationForm form(String unit) {
        return new RegistrationForm(unit, unit + ".xlsx", "效能监察立项表");
    }

    @Test
    void similarityIsTheShareOfTheNamesCharacterPairsInTheText() {
        assertEquals(new BigDecimal("1.00"), TaskCheck.similarity("背街小巷环境整治", "完成背街小巷环境整治100条"));
        assertEquals(new BigDecimal("1.00"), TaskCheck.similarity("背街 小巷，环境整治", "背街小巷环境整治"));
        // 社区|区消|消防|防站 of 社区消防站; 社区, 区消 and 消防 in 社区消防演练: 3 of 4
        assertEquals(new BigDecimal("0.75"), TaskCheck.similarity("社区消防站", "社区消防演练"));
        // 为老|老服|服务|务餐|餐桌; 服务 alone in 社区服务站: 1 of 5, rounded down
        assertEquals(new BigDecimal("0.20"), TaskCheck.similarity("为老服务餐桌", "社区服务站"));
        assertEquals(new BigDecimal("0.00"), TaskCheck.similarity("站", "社区消防站"));
        assertEquals(new BigDecimal("0.00"), TaskCheck.similarity("为老服务餐桌", "河道综合治理"));
    }

    @Test
    void eachFindingFromLiteralRegistrations() throws Exception {
        List<RegisteredProject> projects = List.of(
                row("S01", 1, "背街小巷环境整治", "T1"),
                row("S01", 2, "背街小巷环境整治（二期）", "T1"),
                row("S01", 3, "办公楼节能改造", ""),
                row("S01", 4, "别人的任务", "T3"),
                row("S02", 1, "社区消防站建设", ""),
                row("S02", 2, "网上审批", "T9"));
        List<UnitTaskCheck> checks = TaskCheck.check(plan(), List.of(form("S01"), form("S02")), projects, List.of());

        assertEquals(List.of("S01", "S02"), checks.stream().map(UnitTaskCheck::unitCode).toList());
        UnitTaskCheck s01 = checks.get(0);
        assertEquals(List.of("TWICE T1 [1, 2]", "MISSING T2 []", "NO_TASK - [3]", "UNKNOWN_TASK T3 [4]"),
                s01.findings().stream().map(TaskCheckTest::text).toList());
        UnitTaskCheck s02 = checks.get(1);
        // 社区消防站建设 is T2 by name (1.00); T9 is on no list; T3 then has no registration
        assertEquals(List.of("MISSING T3 []", "BY_NAME T2 [1] 1.00", "UNKNOWN_TASK - [2]"),
                s02.findings().stream().map(TaskCheckTest::text).toList());
        assertEquals(true, s02.rectify());
    }

    @Test
    void theOfficesDecisionWinsOverTheFormAndTheName() throws Exception {
        List<RegisteredProject> projects = List.of(row("S02", 1, "社区消防站建设", ""), row("S02", 2, "网上审批", "T9"));
        List<UnitTaskCheck> checks = TaskCheck.check(plan(), List.of(form("S02")), projects,
                List.of(new TaskMatchDecision("S02", 1, ""), new TaskMatchDecision("S02", 2, "T3")));
        assertEquals(List.of("MISSING T2 []", "NO_TASK - [1]"), checks.get(1).findings().stream().map(TaskCheckTest::text).toList());
    }

    @Test
    void aUnitWithTasksAndNoFormIsNotCheckedAndAUnitWithNeitherIsLeftOut() throws Exception {
        List<UnitTaskCheck> checks = TaskCheck.check(plan(), List.of(), List.of(), List.of());
        assertEquals(List.of("S01 false 2", "S02 false 2"),
                checks.stream().map(c -> c.unitCode() + " " + c.returned() + " " + c.tasks()).toList());
        assertEquals(List.of(), checks.get(0).findings());
    }

    private static String text(TaskFinding f) {
        return f.kind() + " " + (f.task() == null ? "-" : f.task().id()) + " "
                + f.projects().stream().map(RegisteredProject::row).toList()
                + (f.similarity() == null ? "" : " " + f.similarity());
    }
}
