package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        // 立项核对: the sample task list imported before generating, every finding kind in the returns
        assertTrue(r.out().contains("任务 30 项，涉及 70 个单位"), r.out());
        assertTrue(r.out().contains("缺项：") && r.out().contains("重复立项：") && r.out().contains("按名称认定（待确认）："),
                r.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("需整改 (\\d+) 个").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(Long.parseLong(m.group(1)), count(out.resolve("tasks/整改要求"), ".docx"));
        assertTrue(Files.isRegularFile(out.resolve("tasks/立项核对情况.docx")));
        // 公共评议 scored from the raw imports is the indicator's score, its source the import files
        Map<String, String[]> indicators = rows(out.resolve("results/indicators.csv"), 0, 4);
        Map<String, String[]> fromImports = rows(out.resolve("evaluation/公共评议得分.csv"), 0, 3);
        String[] publicScore = fromImports.get("S01|EFF-12");
        String[] scored = indicators.get("S01|EFF-12");
        assertEquals(new java.math.BigDecimal(publicScore[6]).setScale(2), new java.math.BigDecimal(scored[7]));
        assertTrue(scored[12].startsWith("公共评议原始数据："), scored[12]);
        assertTrue(scored[10].contains("由原始数据计算，满意度 " + publicScore[7]), scored[10]);
        assertTrue(!Files.exists(ws.resolve("ledger")), "the workspace's own ledger is never created by demo");
    }

    /** A CSV's rows by the values of two columns joined by |. */
    private static Map<String, String[]> rows(Path csv, int a, int b) throws Exception {
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        try (var reader = new com.opencsv.CSVReader(Files.newBufferedReader(csv))) {
            for (String[] row : reader) {
                out.put(row[a].replace("\uFEFF", "") + "|" + row[b], row);
            }
        }
        return out;
    }

    private static long count(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
