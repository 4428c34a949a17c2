package org.shuangbai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangbai.Workspace;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FieldKey.FormField;
import org.shuangbai.plan.FieldKey.RecordField;
import org.shuangbai.plan.FieldKey.RecordKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * 立项核对 from outside: a task list imported, registration forms generated with the task column, filled,
 * returned and ingested; `tasks` names file, sheet and cell of every finding and writes the 整改要求.
 */
class TasksCommandTest {
    @TempDir
    Path dir;
    Workspace ws;

    private static final String TASKS = """
            任务编号,来源,任务内容,牵头单位,配合单位,完成时限
            T1,区政府折子工程,背街小巷环境整治，完成100条街巷,S01,,2009年底
            T2,消防安全,社区消防站建设，建成社区消防站20个,朝外街道办事处,劲松街道办事处,2009年底
            T3,电子政务建设,网上行政审批系统建设,S02,,
            T4,为群众办实事项目,为老服务餐桌建设,S03,,
            """;

    @BeforeEach
    void setUp() throws Exception {
        ws = new Workspace(dir.resolve("ws"));
        Files.createDirectories(ws.planDir());
        try (var files = Files.list(Path.of("input/plan"))) {
            for (Path f : files.toList()) {
                Files.copy(f, ws.planDir().resolve(f.getFileName()));
            }
        }
    }

    private CliRunner.Result run(String command, String... args) {
        return CliRunner.run(Stream.concat(Stream.of(command, "-w", ws.root().toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    @Test
    void findsEachKindOfFindingWithItsCellAndWritesTheRectifications() throws Exception {
        Path list = dir.resolve("区任务清单.csv");
        Files.writeString(list, TASKS, StandardCharsets.UTF_8);
        CliRunner.Result imported = CliRunner.run("import", "tasks", "-w", ws.root().toString(), list.toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().contains("任务 4 项，涉及 3 个单位"), imported.out());

        CliRunner.Result before = run("tasks");
        assertEquals(1, before.exitCode(), before.out() + before.err());
        assertTrue(before.out().contains("朝外街道办事处：效能监察立项表尚未交回，承担的 2 项区级任务待交回后核对。"), before.out());

        Plan plan = PlanLoader.load(ws.planDir());
        fill(plan, "S01", Map.of(1, new String[] {"背街小巷环境整治", "T1"}, 2, new String[] {"背街小巷环境整治（二期）", "T1"},
                3, new String[] {"办公楼节能改造", ""}));
        fill(plan, "S02", Map.of(1, new String[] {"社区消防站建设", ""}, 2, new String[] {"网上行政审批系统建设", "T3"}));
        CliRunner.Result ingested = run("ingest");
        assertEquals(0, ingested.exitCode(), ingested.out() + ingested.err());

        CliRunner.Result r = run("tasks");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("立项核对：3 个单位（已交回立项表 2 个），需整改 1 个；缺项 1 项，重复立项 1 项，编号有误 0 项，"
                + "自选项目 1 项，按名称认定 1 项（相近度 ≥ 0.60）；采用区监察局的决定 0 条。"), out);
        assertTrue(out.contains("重复立项：朝外街道办事处：区级任务 T1“背街小巷环境整治，完成100条街巷”在 S01.xlsx 工作表“效能监察立项表”中立项 2 次："
                + "第 1 项“背街小巷环境整治”（单元格 D4）、第 2 项“背街小巷环境整治（二期）”（单元格 D5）。"), out);
        assertTrue(out.contains("缺项：朝外街道办事处：区级任务 T2（消防安全，本单位牵头）“社区消防站建设，建成社区消防站20个”未见立项。"
                + "核对的是 S01.xlsx 工作表“效能监察立项表”；该任务列在表下方“本单位承担的区级任务”中（任务编号在单元格 B"), out);
        assertTrue(out.contains("按名称认定（待确认）：劲松街道办事处：S02.xlsx 工作表“效能监察立项表”单元格 B4 第 1 项“社区消防站建设”"
                + "未填对应任务编号，按名称相近（相近度 1.00）认定为区级任务 T2"), out);
        assertTrue(out.contains("为老服务餐桌") == false && out.contains("：效能监察立项表尚未交回，承担的 1 项区级任务待交回后核对。"), out);

        Path letter = ws.tasksDir().resolve("整改要求/S01_朝外街道办事处_效能监察立项整改要求.docx");
        assertTrue(Files.exists(letter), out);
        assertEquals(1, Files.list(ws.tasksDir().resolve("整改要求")).count());
        String text = docx(letter);
        assertTrue(text.contains("朝外街道办事处效能监察立项整改要求"), text);
        assertTrue(text.contains("请补报该任务的效能监察立项，并在“对应任务编号”栏选择 T2。"), text);
        String report = docx(ws.tasksDir().resolve("立项核对情况.docx"));
        assertTrue(report.contains("供二级指标“立项重点突出”（EFF-01，3分，责任单位：监察局）评分参考。"), report);
        String confirm = Files.readString(ws.tasksDir().resolve("立项名称匹配待确认.csv"), StandardCharsets.UTF_8);
        assertTrue(confirm.contains("S02,劲松街道办事处,1,社区消防站建设,T2,"), confirm);

        // the office overrides the match by name: S02's row 1 answers to no task, so S02 now misses T2
        Files.writeString(ws.planDir().resolve("task-matches.csv"), "单位,立项序号,任务编号\nS02,1,无\n", StandardCharsets.UTF_8);
        CliRunner.Result decided = run("tasks");
        assertTrue(decided.out().contains("需整改 2 个；缺项 2 项") && decided.out().contains("采用区监察局的决定 1 条"), decided.out());

        Files.writeString(ws.planDir().resolve("task-matches.csv"), "单位,立项序号,任务编号\nS02,1,T7\n", StandardCharsets.UTF_8);
        CliRunner.Result bad = run("tasks");
        assertEquals(ExitCode.PLAN_INVALID, bad.exitCode(), bad.out() + bad.err());
        assertTrue((bad.out() + bad.err()).contains("任务编号“T7”不在区任务清单中"), bad.out() + bad.err());
    }

    @Test
    void aBadTaskListIsRefusedWholeWithEveryProblemAndThePlanStaysAsItWas() throws Exception {
        Path list = dir.resolve("坏清单.csv");
        Files.write(list, ("任务编号,来源,任务内容,牵头单位,配合单位\n"
                + "T1,区政府折子工程,背街小巷整治,S01,S99\n"
                + "T1,其它来源,社区消防站建设,朝外街道办事处,朝外街道办事处\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        CliRunner.Result r = CliRunner.run("import", "tasks", "-w", ws.root().toString(), list.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("坏清单.csv：未导入，发现 4 处问题（方案未作任何改动）："), r.out());
        assertTrue(r.out().contains("坏清单.csv 第2行「配合单位」：“S99”不是 units.csv 中的单位代码或名称。"), r.out());
        assertTrue(r.out().contains("坏清单.csv 第3行「任务编号」：任务编号 T1 重复。"), r.out());
        assertTrue(r.out().contains("坏清单.csv 第3行「配合单位」：“朝外街道办事处”已是牵头单位，不必再列为配合单位。"), r.out());
        assertTrue(!Files.exists(ws.planDir().resolve("tasks.csv")));

        Path header = dir.resolve("表头.csv");
        Files.writeString(header, "编号,内容\nT1,背街小巷整治\n", StandardCharsets.UTF_8);
        CliRunner.Result h = CliRunner.run("import", "tasks", "-w", ws.root().toString(), header.toString());
        assertEquals(1, h.exitCode());
        assertTrue(h.out().contains("表头.csv：第 1 行为“编号 | 内容”，找不到表头：区任务清单的表头应包含 任务编号、来源、任务内容、牵头单位"),
                h.out());
        assertTrue(!Files.exists(ws.planDir().resolve("tasks.csv")));
    }

    @Test
    void withoutATaskListTheCheckSaysHowToImportOne() {
        CliRunner.Result r = run("tasks");
        assertEquals(ExitCode.USAGE, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("请先用 shuangbai import tasks 导入区任务清单"), r.err());
    }

    /** The unit's registration form generated, filled with the rows (row → name, task id) and returned. */
    private void fill(Plan plan, String unit, Map<Integer, String[]> rows) throws Exception {
        CliRunner.Result g = run("generate", "--unit", unit, "--form", "registration");
        assertEquals(0, g.exitCode(), g.out() + g.err());
        Path form;
        try (Stream<Path> walk = Files.walk(ws.distributionDir())) {
            form = walk.filter(p -> p.getFileName().toString().startsWith(unit) && p.toString().endsWith(".xlsx"))
                    .findFirst().orElseThrow();
        }
        Map<FieldKey, String> v = new LinkedHashMap<>();
        rows.forEach((row, project) -> {
            put(v, row, "name", project[0]);
            put(v, row, "source", "其他");
            put(v, row, "task", project[1]);
            put(v, row, "goal", "年内完成");
            put(v, row, "start", "2009-03-01");
            put(v, row, "end", "2009-11-30");
            put(v, row, "leader", "王建国");
            put(v, row, "department", "办公室");
        });
        v.put(FormField.UNIT_CONTACT, "王建国");
        v.put(FormField.UNIT_PHONE, "010-65000000");
        v.put(FormField.UNIT_DATE, "2009-03-25");
        Files.createDirectories(ws.returnedDir());
        new SampleFiller(plan).fill(form, ws.returnedDir().resolve(unit + ".xlsx"), v);
    }

    private static void put(Map<FieldKey, String> v, int row, String column, String value) {
        if (!value.isEmpty()) {
            v.put(new RecordField(RecordKind.PROJECT, row, column), value);
        }
    }

    private static String docx(Path file) throws Exception {
        try (var in = Files.newInputStream(file); var doc = new XWPFDocument(in); var ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }
}
