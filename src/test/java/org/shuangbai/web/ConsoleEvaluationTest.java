package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shuangbai.ledger.ImportRecord;
import org.shuangbai.ledger.Ledger;

/**
 * 评议与立项 over HTTP: rating exports uploaded are kept in the workspace, imported and scored exactly as
 * `import ratings` does; the task list goes into the plan as `import tasks` does, and 立项核对 writes what
 * `tasks` writes. Every page of it escapes the hostile unit name.
 */
class ConsoleEvaluationTest {
    private static final String RATINGS = "被评单位,用户标识,评分,评价时间\nS01,U1,5,2009-03-01\nS02,U2,4,2009-03-02\n无此单位,U3,3,2009-03-03\n";
    private static final String TASKS = """
            任务编号,来源,任务内容,牵头单位,配合单位,完成时限
            T1,区政府折子工程,背街小巷环境整治，完成100条街巷,S01,,2009年底
            T2,电子政务建设,网上行政审批系统建设,S02,,
            """;

    @RegisterExtension
    final RunningConsole console = new RunningConsole();

    private WebClient.Page upload(String path, String name, String text, Map<String, String> fields) throws Exception {
        Path file = console.fx.scratch.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        console.web.get("/evaluation");
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(name, file);
        return console.web.uploadTo(path, files, fields, true);
    }

    @Test
    void ratingsUploadedAreKeptImportedAndScoredAndAReuploadIsADuplicate() throws Exception {
        WebClient.Page page = console.web.get("/evaluation");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("网上评议（WS）") && page.text().contains("由原始数据计算的指标：EFF-12"), page.text());
        assertTrue(page.text().contains("尚未导入区任务清单"), page.text());

        WebClient.Page started = upload("/evaluation/ratings", "网上评议2009.csv", RATINGS, Map.of("channel", ""));
        assertEquals(303, started.status(), started.text());
        String done = console.web.finish(started.location()).text();
        assertTrue(done.contains("已导入（导入号 1，批次「网上评议2009」）"), done);
        assertTrue(done.contains("数据 3 行：有效答案 2，不计入 0，重复作答 0，评议期外 0，方案外单位 1"), done);
        assertTrue(done.contains("公共评议得分.xlsx"), done);
        assertFalse(done.contains(ConsoleFixture.HOSTILE), "unescaped markup on the job page");

        List<ImportRecord> imports;
        try (Ledger ledger = Ledger.open(console.fx.workspace)) {
            imports = ledger.evaluationImports().history();
        }
        assertEquals(1, imports.size());
        Path kept;
        try (Stream<Path> s = Files.walk(console.fx.workspace.importsDir().resolve("网页上传"))) {
            kept = s.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        assertEquals("网上评议2009.csv", kept.getFileName().toString());
        assertEquals(RATINGS, Files.readString(kept, StandardCharsets.UTF_8));

        String again = console.web.finish(upload("/evaluation/ratings", "网上评议2009.csv", RATINGS, Map.of())
                .location()).text();
        assertTrue(again.contains("重复——与导入号 1（网上评议2009.csv，"), again);
        assertTrue(console.web.get("/evaluation").text().contains("公共评议导入记录"), "the files written are listed");
    }

    @Test
    void aTaskListGoesIntoThePlanAndTheCheckWritesItsFiles() throws Exception {
        console.web.get("/evaluation");
        WebClient.Page two = console.web.uploadTo("/evaluation/tasks", Map.of("a.csv", write("a.csv"), "b.csv", write("b.csv")),
                Map.of(), true);
        assertEquals(400, two.status());
        assertTrue(two.text().contains("区任务清单一次只能上传一个文件（收到 2 个）"), two.text());

        String imported = console.web.finish(upload("/evaluation/tasks", "区任务清单.csv", TASKS, Map.of()).location()).text();
        assertTrue(imported.contains("任务 2 项，涉及 2 个单位"), imported);
        assertTrue(Files.readString(console.fx.workspace.planDir().resolve("tasks.csv"), StandardCharsets.UTF_8).contains("T2"));
        assertTrue(console.web.get("/evaluation").text().contains("区任务清单：2 项任务，涉及 2 个单位。"));

        console.web.get("/evaluation");
        WebClient.Page started = console.web.post("/evaluation/check", Map.of());
        assertEquals(303, started.status(), started.text());
        String checked = console.web.finish(started.location()).text();
        assertTrue(checked.contains("立项核对汇总"), checked);
        assertTrue(Files.isRegularFile(console.fx.workspace.tasksDir().resolve("立项核对汇总.csv")));
        assertFalse(checked.contains(ConsoleFixture.HOSTILE), "unescaped markup on the job page");
    }

    @Test
    void anUploadWithoutTheTokenIsRefused() throws Exception {
        console.web.get("/evaluation");
        WebClient.Page refused = console.web.uploadTo("/evaluation/ratings", Map.of("x.csv", write("x.csv")), Map.of(), false);
        assertEquals(403, refused.status());
        try (Ledger ledger = Ledger.open(console.fx.workspace)) {
            assertEquals(0, ledger.evaluationImports().history().size());
        }
    }

    private Path write(String name) throws Exception {
        return Files.writeString(console.fx.scratch.resolve(name), RATINGS, StandardCharsets.UTF_8);
    }
}
