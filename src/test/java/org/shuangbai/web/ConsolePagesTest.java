package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shuangbai.ledger.Ledger;
import org.shuangbai.plan.FormKind;

/**
 * Every page and operation of the console over HTTP, on a six-unit workspace whose first unit's name and
 * whose cell texts hold markup: the pages show the same facts as the command line, every value escaped.
 */
class ConsolePagesTest {
    @RegisterExtension
    final RunningConsole console = new RunningConsole();

    /** Uploads the files and waits for their ingest; returns the finished progress page. */
    WebClient.Page ingest(List<Path> files) throws Exception {
        console.web.get("/intake");
        WebClient.Page started = console.web.upload(files, true);
        assertEquals(303, started.status(), started.text());
        assertTrue(started.location().startsWith("/jobs/"), started.location());
        return console.web.finish(started.location());
    }

    @Test
    void anUploadIsStoredUnderReturnedAndIngestedWithAVerdictPerFile() throws Exception {
        Path good = console.fx.goodScoreSheet("S02", "S02 评分表.xlsx");
        Path wrong = console.fx.wrongScoreSheet("S03", "S03 评分表.xlsx");
        WebClient.Page done = ingest(List.of(good, wrong));

        assertEquals(200, done.status());
        String html = done.text();
        assertTrue(html.contains("共处理 2 个文件：受理 1，退回 1"), html);
        assertTrue(html.contains(">受理<") && html.contains(">退回<"), html);
        // the refused file: its sheet, cell, what was found and what to do
        assertTrue(html.contains("单元格 <b class=\"cell-ref\">"), html);
        assertTrue(html.contains("99") && html.contains("超过本项分值"), html);
        Path batch;
        try (Stream<Path> s = Files.list(console.fx.workspace.returnedDir().resolve("网页上传"))) {
            batch = s.findFirst().orElseThrow();
        }
        assertTrue(Files.exists(batch.resolve("S02 评分表.xlsx")));
        assertTrue(Files.exists(batch.resolve("S03 评分表.xlsx")));
        // the original of the refused file can be downloaded from its verdict
        String link = "/files?path=" + WebClient.enc("input/returned/网页上传/" + batch.getFileName() + "/S03 评分表.xlsx")
                .replace("+", "%20");
        assertTrue(html.contains(link.replace("&", "&amp;")), html);
        assertEquals(200, console.web.get(link).status());
        try (Ledger ledger = Ledger.open(console.fx.workspace)) {
            assertEquals(2, ledger.history().size());
        }
    }

    @Test
    void aZipOfFoldersMadeOnChineseWindowsIsUnpackedAndIngested() throws Exception {
        Path zip = console.dir().resolve("各单位交回.zip");
        try (var out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(zip)) {
            out.setEncoding("GBK");
            out.setUseLanguageEncodingFlag(false);
            for (Path f : List.of(console.fx.goodScoreSheet("S02", "劲松.xlsx"), console.fx.goodScoreSheet("D01", "发改委.xlsx"))) {
                out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(
                        "交回/" + f.getFileName().toString().replace(".xlsx", "") + "/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeArchiveEntry();
            }
        }
        String html = ingest(List.of(zip)).text();
        assertTrue(html.contains("收到 2 个文件"), html);
        assertTrue(html.contains("共处理 2 个文件：受理 2"), html);
        assertTrue(html.contains("各单位交回/交回/劲松/劲松.xlsx"), "the folders of the zip, names read as GBK: " + html);
    }

    @Test
    void theSameFileAgainIsADuplicateAndANewerOneSupersedes() throws Exception {
        Path first = console.fx.goodScoreSheet("S02", "a.xlsx");
        ingest(List.of(first));
        String again = ingest(List.of(first)).text();
        assertTrue(again.contains(">重复<") && again.contains("内容完全相同"), again);
        Path corrected = console.fx.filled("S02", FormKind.SCORE, "b.xlsx", Map.of(
                org.shuangbai.plan.FieldKey.note(console.fx.firstIndicator()), "更正"));
        String superseding = ingest(List.of(corrected)).text();
        assertTrue(superseding.contains("替代此前受理的"), superseding);
    }

    @Test
    void everyPageAnswersWithTheSecurityHeaders() throws Exception {
        ingest(List.of(console.fx.goodScoreSheet("S02", "s02.xlsx")));
        for (String path : List.of("/board", "/board?group=STREET&show=owing&q=S0", "/units/S02", "/intake",
                "/distribution", "/scores", "/scores?system=ENVIRONMENT&group=DEPARTMENT", "/documents", "/reminders",
                "/backup", "/jobs/1", "/jobs/1/rows?from=0")) {
            WebClient.Page p = console.web.get(path);
            assertEquals(200, p.status(), path + "\n" + p.text());
            assertTrue(p.header("Content-Type").startsWith("text/html"), path);
            assertSecurityHeaders(p, path);
            assertEquals("no-store", p.header("Cache-Control"), path);
        }
        WebClient.Page css = console.web.get("/assets/console.css");
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").startsWith("text/css"));
        WebClient.Page echarts = console.web.get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertEquals(200, echarts.status(), "ECharts served from the webjar, not the internet");
        assertTrue(echarts.body().length > 500_000);
        assertEquals("/board", console.web.get("/").location(), "the root opens the board");
    }

    static void assertSecurityHeaders(WebClient.Page p, String what) {
        String csp = p.header("Content-Security-Policy");
        assertNotNull(csp, what);
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                && csp.contains("frame-ancestors 'self'") && !csp.contains("unsafe-inline"), what + ": " + csp);
        assertEquals("nosniff", p.header("X-Content-Type-Options"), what);
        assertEquals("SAMEORIGIN", p.header("X-Frame-Options"), what);
        assertEquals("same-origin", p.header("Referrer-Policy"), what);
    }

    @Test
    void theBoardCountsAndColoursEveryUnitsForms() throws Exception {
        ingest(List.of(console.fx.goodScoreSheet("S02", "s02.xlsx"), console.fx.wrongScoreSheet("D01", "d01.xlsx")));
        String html = console.web.get("/board").text();
        assertTrue(html.contains("已交 1") && html.contains("被退回 1") && html.contains("未交 4"), html);
        assertTrue(html.contains("<td class=\"state accepted\""), html);
        assertTrue(html.contains("<td class=\"state rejected\""), html);
        String departments = console.web.get("/board?group=DEPARTMENT").text();
        assertTrue(departments.contains("D01") && !departments.contains(">S02<"), departments);
        String owing = console.web.get("/board?show=rejected").text();
        assertTrue(owing.contains(">D01<") && !owing.contains(">S02<"), owing);
    }

    @Test
    void overdueFormsOnceTheirDueDateIsSet() throws Exception {
        Files.writeString(console.fx.workspace.planDir().resolve("settings.properties"),
                "\nforms.score.due = 2009-12-31\nforms.ledger.due = 不是日期\n", java.nio.file.StandardOpenOption.APPEND);
        String html = console.web.get("/board").text();
        assertTrue(html.contains("逾期 6"), html);
        assertTrue(html.contains("<td class=\"state overdue\""), html);
        assertTrue(html.contains("forms.ledger.due 的值「不是日期」不是有效日期"), html);
    }

    @Test
    void theUnitPageShowsSubmissionsInOrderValuesWithTheirCellsAndDocuments() throws Exception {
        ingest(List.of(console.fx.wrongScoreSheet("S02", "1-wrong.xlsx")));
        ingest(List.of(console.fx.goodScoreSheet("S02", "2-good.xlsx")));
        String html = console.web.get("/units/S02").text();
        int wrong = html.indexOf("1-wrong.xlsx");
        int good = html.indexOf("2-good.xlsx");
        assertTrue(wrong > 0 && good > wrong, "in the order received");
        assertTrue(html.contains("现行有效") && html.contains("超过本项分值"), html);
        assertTrue(html.contains("效能监察!H4"), "source cells of the values: " + html);
        assertTrue(html.contains(console.fx.firstIndicator() + ".score"), html);
        assertTrue(html.contains("已计分"), "scores once the sheet is in: " + html);
        assertTrue(html.contains("S02_"), "its generated workbook: " + html);
        assertEquals(404, console.web.get("/units/NOPE").status());
    }

    @Test
    void generateThenDownloadOneUnitOrAllAsAZip() throws Exception {
        console.web.get("/distribution");
        WebClient.Page started = console.web.post("/distribution/generate", Map.of());
        assertEquals(303, started.status(), started.text());
        String done = console.web.finish(started.location()).text();
        assertTrue(done.contains("已为 6 个单位生成填报表 18 份"), done);
        WebClient.Page all = console.web.get("/distribution/all.zip");
        assertEquals(200, all.status());
        assertEquals("application/zip", all.header("Content-Type"));
        assertTrue(all.header("Content-Disposition").contains("filename*=UTF-8''"), all.header("Content-Disposition"));
        assertEquals(18, zipEntries(all.body()).size());
        WebClient.Page one = console.web.get("/distribution/units/S02/zip");
        List<String> entries = zipEntries(one.body());
        assertEquals(3, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.startsWith("S02_")), entries.toString());
        assertEquals(404, console.web.get("/distribution/units/NOPE/zip").status());
    }

    static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void scoringWritesTheResultFilesAndTheScoresPageShowsThem() throws Exception {
        ingest(List.of(console.fx.goodScoreSheet("S02", "s02.xlsx"), console.fx.goodScoreSheet("D02", "d02.xlsx")));
        String before = console.web.get("/scores").text();
        assertTrue(before.contains("合并评分") && before.contains("先进单位"), "the rules before scoring: " + before);
        WebClient.Page started = console.web.post("/scores/run", Map.of());
        String done = console.web.finish(started.location()).text();
        assertTrue(done.contains("results.xlsx"), done);
        assertTrue(Files.exists(console.fx.workspace.resultsDir().resolve("results.xlsx")));
        String scores = console.web.get("/scores").text();
        assertTrue(scores.contains("class=\"results sortable\"") && scores.contains("chart-data"), scores);
        assertTrue(scores.contains(">S02<") && scores.contains(">D02<"), scores);
        // a browser accepts gzip: a file still arrives as stored, its declared length its real one
        byte[] stored = Files.readAllBytes(console.fx.workspace.resultsDir().resolve("results.xlsx"));
        WebClient.Page file = console.web.getAcceptingCompression("/files?path=output%2Fresults%2Fresults.xlsx&inline=1");
        assertEquals(200, file.status());
        assertEquals(null, file.header("Content-Encoding"));
        assertEquals(String.valueOf(stored.length), file.header("Content-Length"));
        assertArrayEquals(stored, file.body());
    }

    @Test
    void remindersOnScreenAndAsXlsx() throws Exception {
        ingest(List.of(console.fx.goodScoreSheet("S02", "s02.xlsx")));
        String html = console.web.get("/reminders").text();
        assertTrue(html.contains("尚欠表格的单位共 6 个（17 张表）"), html);
        WebClient.Page made = console.web.post("/reminders/xlsx", Map.of());
        assertEquals(303, made.status(), made.text());
        WebClient.Page xlsx = console.web.follow(made);
        assertEquals(200, xlsx.status());
        assertEquals('P', xlsx.body()[0]);
        assertTrue(xlsx.header("Content-Disposition").startsWith("attachment;"));
        assertTrue(Files.exists(console.fx.workspace.statusDir().resolve("催报名单.xlsx")));
    }

    @Test
    void aBackupIsACheckedLedgerCopyDownloaded() throws Exception {
        ingest(List.of(console.fx.goodScoreSheet("S02", "s02.xlsx")));
        console.web.get("/backup");
        WebClient.Page backup = console.web.post("/backup", Map.of());
        assertEquals(200, backup.status(), backup.text());
        assertEquals("SQLite format 3", new String(backup.body(), 0, 15, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(backup.header("Content-Disposition").contains("filename*=UTF-8''%E5%8F%B0%E8%B4%A6"),
                backup.header("Content-Disposition"));
        try (Stream<Path> s = Files.list(console.fx.workspace.outputDir().resolve("backups"))) {
            assertEquals(1, s.count());
        }
        assertFalse(console.web.get("/backup").text().contains("尚无台账"));
    }
}
