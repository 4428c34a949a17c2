package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: the whole cycle on the bundled plan, in a sandbox under output/demo. */
class DemoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runsTheWholeCycleWithoutTouchingTheWorkspacesOwnLedger() throws Exception {
        Path ws = tmp.resolve("ws");
        assertEquals(ExitCode.OK, CliRunner.run("init", ws.toString()).exitCode());
        CliRunner.Result r = CliRunner.run("demo", "-w", ws.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("被考核单位 91 个：街乡 43 个，委办局 48 个"), r.out());
        // 91 units' forms less three left out, and the 28 bodies' workbooks with one body's redraft refused
        assertTrue(r.out().contains("共处理 299 个文件：受理 298，退回 1"), r.out());
        assertTrue(r.out().contains("工作表“效能监察”单元格 D5（单位 S01 朝外街道办事处，指标 EFF-02 工作制度完善）："
                + "内容为“99”"), r.out());

        Path out = ws.resolve("output/demo/output");
        assertEquals(273 + 28, count(out.resolve("distribution"), ".xlsx"));
        assertEquals(91, count(out.resolve("reports/考核结果通知书"), ".pdf"));
        assertEquals(91, count(out.resolve("reports/考核结果通知书"), ".docx"));
        for (String f : new String[] {"reports/01_考核结果通报.pdf", "reports/01_考核结果通报.docx",
                "reports/03_附件2_得分汇总表.pdf", "reports/04_催报名单.pdf", "reports/05_挂帐问题汇总表.pdf",
                "status/催报名单.csv", "export/values.csv", "results/results.csv"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // The reminder list names the units whose forms the demo leaves out, and the body whose redraft it rejects.
        String reminders = Files.readString(out.resolve("status/催报名单.csv"));
        for (String unit : new String[] {"八里庄街道办事处", "第一检查组", "亚运村街道办事处", "区人口计生委"}) {
            assertTrue(reminders.contains(unit), unit);
        }
        assertTrue(!Files.exists(ws.resolve("ledger")), "the workspace's own ledger is never created by demo");
    }

    private static long count(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
