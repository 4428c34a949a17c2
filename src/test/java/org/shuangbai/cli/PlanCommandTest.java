package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path tmp;

    @Test
    void checkPrintsTheSeedsFigures() {
        CliRunner.Result r = CliRunner.run("plan", "check");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("效能监察：一级指标 5 项，二级指标 15 项，总分 100 分"), r.out());
        assertTrue(r.out().contains("优化发展环境：一级指标 6 项，二级指标 26 项，总分 100 分"), r.out());
        assertTrue(r.out().contains("一票否决情形 5 类"), r.out());
        assertTrue(r.out().contains("被考核单位 91 个：街乡 43 个，委办局 48 个"), r.out());
    }

    @Test
    void initCopiesTheDefaultPlanAndAWrongSumIsRefusedWithFileAndLine() throws Exception {
        Path ws = tmp.resolve("2010");
        CliRunner.Result init = CliRunner.run("init", ws.toString());
        assertEquals(ExitCode.OK, init.exitCode(), init.err());
        assertTrue(Files.isRegularFile(ws.resolve("input/plan/indicators.csv")));
        assertEquals(ExitCode.OK, CliRunner.run("plan", "check", "-w", ws.toString()).exitCode());

        Path categories = ws.resolve("input/plan/categories.csv");
        Files.writeString(categories, Files.readString(categories).replace("EFF-C4,4,工作创新,7", "EFF-C4,4,工作创新,8"));
        CliRunner.Result check = CliRunner.run("plan", "check", "-w", ws.toString());
        assertEquals(ExitCode.PLAN_INVALID, check.exitCode());
        assertTrue(check.err().contains("categories.csv 第5行「分值」：一级指标「工作创新」分值为 8，但其二级指标分值合计为 7"), check.err());
    }

    @Test
    void initRefusesANonEmptyFolder() throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "x");
        CliRunner.Result r = CliRunner.run("init", tmp.toString());
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("不是空的"), r.err());
        assertEquals("x", Files.readString(tmp.resolve("keep.txt")));
    }
}
