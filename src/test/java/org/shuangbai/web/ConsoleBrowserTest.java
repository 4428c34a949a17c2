package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as an office clerk uses it, in a real browser (headless Chromium): upload a filled workbook
 * and a wrong one and watch the verdicts come in, with the refused cell and its message; see the board;
 * score and look at the results and charts; render the documents and download the notice as a PDF. No
 * page may trip the Content-Security-Policy (no inline script or style anywhere).
 */
class ConsoleBrowserTest {
    @TempDir
    Path dir;

    @Test
    void uploadVerdictsScoringRenderingAndTheNoticeInABrowser() throws Exception {
        Browser.require();
        ConsoleFixture fx = new ConsoleFixture(dir);
        Path good = fx.goodScoreSheet("S02", "劲松-评分表.xlsx");
        Path wrong = fx.wrongScoreSheet("S03", "建外-评分表.xlsx");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeDriver browser = Browser.start(dir.resolve("profile"), downloads);
        try (ConsoleServer server = fx.start()) {
            String url = server.url().toString();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(5));

            browser.get(url + "board");
            assertEquals("看板 · 双百考核", browser.getTitle());
            assertNotNull(browser.manage().getCookieNamed(Sessions.COOKIE),
                    "the browser keeps the Secure session cookie of http://127.0.0.1");

            browser.findElement(By.linkText("回收")).click();
            browser.findElement(By.id("upload-files")).sendKeys(good + "\n" + wrong);
            browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            finished(browser, fx);
            WebElement accepted = browser.findElement(By.cssSelector("tr.verdict.ACCEPTED"));
            assertTrue(accepted.getText().contains("劲松街道办事处"), accepted.getText());
            WebElement refused = browser.findElement(By.cssSelector("tr.verdict.REJECTED"));
            String message = refused.getText();
            assertTrue(message.contains("建外-评分表.xlsx") && message.contains("退回"), message);
            assertTrue(message.contains("单元格 H4") && message.contains("99") && message.contains("超过本项分值"), message);
            screenshot(browser, "console-refusal.png");
            // the original of the refused file is a link away
            assertTrue(refused.findElement(By.linkText(fx.workspace.root().relativize(
                    uploaded(fx, "建外-评分表.xlsx")).toString())).getAttribute("href").contains("/files?path="));

            // dropped onto the box, as a clerk drags files from a folder: the same file again is a duplicate
            browser.findElement(By.linkText("回收")).click();
            dropFiles(browser, good);
            finished(browser, fx);
            WebElement duplicate = browser.findElement(By.cssSelector("tr.verdict.DUPLICATE"));
            assertTrue(duplicate.getText().contains("劲松-评分表.xlsx") && duplicate.getText().contains("重复"),
                    duplicate.getText());

            browser.findElement(By.linkText("查看看板")).click();
            WebElement s03 = browser.findElement(By.cssSelector("tr[data-href='/units/S03']"));
            assertTrue(s03.findElement(By.cssSelector("td.state.rejected")).getText().contains("被退回"));
            assertTrue(browser.findElement(By.cssSelector("tr[data-href='/units/S02'] td.state.accepted")).isDisplayed());
            screenshot(browser, "console-board.png");
            s03.findElements(By.tagName("td")).get(2).click();
            wait.until(ExpectedConditions.urlContains("/units/S03"));
            assertTrue(browser.findElement(By.cssSelector("ul.problems")).getText().contains("超过本项分值"));

            browser.findElement(By.linkText("计分")).click();
            assertTrue(browser.findElement(By.cssSelector("ol.rules")).getText().contains("先进单位"));
            browser.findElement(By.xpath("//button[text()='按以上规则计分']")).click();
            finished(browser, fx);
            browser.findElement(By.linkText("查看计分结果")).click();
            List<WebElement> rows = browser.findElements(By.cssSelector("table.results tbody tr"));
            assertEquals(6, rows.size(), "every unit in the efficiency system, the scored one first");
            assertTrue(rows.get(0).getText().contains("劲松街道办事处"), rows.get(0).getText());
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("div.chart-canvas canvas"), 2));
            browser.findElement(By.xpath("//table[contains(@class,'results')]//th[text()='代码']")).click();
            assertTrue(browser.findElement(By.cssSelector("table.results th.asc")).getText().contains("代码"));

            browser.findElement(By.linkText("公文")).click();
            browser.findElement(By.xpath("//button[text()='生成公文']")).click();
            finished(browser, fx);
            browser.findElement(By.linkText("查看公文")).click();
            assertFalse(browser.findElements(By.cssSelector("iframe.preview")).isEmpty(), "the notice previewed");
            // what the preview frame loads arrives whole (a compressed body under the file's length did not)
            Object previewed = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(document.querySelector('iframe.preview').src, {credentials: 'same-origin'})"
                    + ".then(function (r) { return r.arrayBuffer(); }).then(function (b) { done(b.byteLength); })"
                    + ".catch(function (e) { done(String(e)); });");
            assertEquals(Files.size(fx.workspace.reportsDir().resolve("01_考核结果通报.pdf")), previewed instanceof Number n ? n.longValue() : -1,
                    String.valueOf(previewed));
            browser.findElement(By.linkText("01_考核结果通报.pdf")).click();
            Path pdf = downloads.resolve("01_考核结果通报.pdf");
            new WebDriverWait(browser, Duration.ofMinutes(1)).until(d -> Files.exists(pdf) && !partial(downloads));
            byte[] head = Files.readAllBytes(pdf);
            assertEquals("%PDF-", new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(Files.size(fx.workspace.reportsDir().resolve("01_考核结果通报.pdf")), head.length);

            List<String> console = Browser.console(browser);
            assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to")),
                    "the pages break their own CSP: " + console);
        } finally {
            browser.quit();
        }
    }

    /**
     * The assessing bodies on the board in a browser: a body's workbook uploaded, its row 已交 and another's
     * 被退回 among the bodies' rows, counted at the top; a click on a row opens the body's page with its file
     * and the problems of the refused one.
     */
    @Test
    void theBodiesOnTheBoardAndABodysPageInABrowser() throws Exception {
        Browser.require();
        ConsoleFixture fx = new ConsoleFixture(dir, true);
        Path good = fx.bodyWorkbook("SHB", "社会办-评分表.xlsx", java.util.Map.of());
        Path wrong = fx.bodyWorkbook("JCZ2", "第二检查组-评分表.xlsx", java.util.Map.of(
                new org.shuangbai.plan.FieldKey.UnitIndicatorField("D01", "EFF-02",
                        org.shuangbai.plan.FieldKey.IndicatorPart.SCORE), "999"));
        ChromeDriver browser = Browser.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("downloads")));
        try (ConsoleServer server = fx.start()) {
            browser.get(server.url() + "intake");
            browser.findElement(By.id("upload-files")).sendKeys(good + "\n" + wrong);
            browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            finished(browser, fx);
            browser.findElement(By.linkText("查看看板")).click();
            WebElement counts = browser.findElement(By.cssSelector("section.counts div.count.bodies"));
            assertTrue(counts.getText().contains("评分单位评分表") && counts.getText().contains("已交 1")
                    && counts.getText().contains("被退回 1"), counts.getText());
            WebElement shb = browser.findElement(By.cssSelector("table.bodies tr[data-href='/bodies/SHB']"));
            assertTrue(shb.findElement(By.cssSelector("td.state.accepted")).getText().contains("已交"), shb.getText());
            WebElement jcz2 = browser.findElement(By.cssSelector("table.bodies tr[data-href='/bodies/JCZ2']"));
            assertTrue(jcz2.findElement(By.cssSelector("td.state.rejected")).getText().contains("被退回"), jcz2.getText());
            WebElement hostile = browser.findElement(By.cssSelector("table.bodies tr[data-href='/bodies/JCZ1']"));
            assertTrue(hostile.getText().contains(ConsoleFixture.HOSTILE_BODY_NAME), "shown as text: " + hostile.getText());
            screenshot(browser, "console-board-bodies.png");
            jcz2.findElements(By.tagName("td")).get(2).click();
            new WebDriverWait(browser, Duration.ofMinutes(1)).until(ExpectedConditions.urlContains("/bodies/JCZ2"));
            assertTrue(browser.findElement(By.cssSelector("ul.problems")).getText().contains("999"),
                    browser.findElement(By.cssSelector("ul.problems")).getText());
            assertTrue(browser.findElement(By.cssSelector("table.owed")).getText().contains("D01"),
                    browser.findElement(By.cssSelector("table.owed")).getText());
            List<String> console = Browser.console(browser);
            assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to")),
                    "the pages break their own CSP: " + console);
        } finally {
            browser.quit();
        }
    }

    @Test
    void ratingsAndTheTaskListUploadedAndTheCheckRunInABrowser() throws Exception {
        Browser.require();
        ConsoleFixture fx = new ConsoleFixture(dir);
        Path ratings = Files.writeString(dir.resolve("民意测评-第一批.csv"),
                "被评单位,用户标识,评分,评价时间\nS02,U1,5,2009-03-01\nS03,U2,4,2009-03-02\n", StandardCharsets.UTF_8);
        Path tasks = Files.writeString(dir.resolve("区任务清单.csv"), "任务编号,来源,任务内容,牵头单位,配合单位,完成时限\n"
                + "T1,区政府折子工程,背街小巷环境整治,S02,,2009年底\n", StandardCharsets.UTF_8);
        ChromeDriver browser = Browser.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("downloads")));
        try (ConsoleServer server = fx.start()) {
            browser.get(server.url() + "board");
            browser.findElement(By.linkText("评议与立项")).click();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ratings-channel"))).selectByValue("WS");
            browser.findElement(By.id("ratings-files")).sendKeys(ratings.toString());
            screenshot(browser, "console-evaluation.png");
            browser.findElement(By.cssSelector("#ratings-form button[type=submit]")).click();
            finished(browser, fx);
            String job = browser.findElement(By.id("job")).getText();
            assertTrue(job.contains("已导入（导入号 1，批次「民意测评-第一批」）"), job);
            assertTrue(job.contains("有效答案 2"), job);
            screenshot(browser, "console-evaluation-import.png");
            browser.findElement(By.linkText("返回评议与立项")).click();
            browser.findElement(By.id("tasks-file")).sendKeys(tasks.toString());
            browser.findElement(By.cssSelector("#tasks-form button[type=submit]")).click();
            finished(browser, fx);
            assertTrue(browser.findElement(By.id("job")).getText().contains("任务 1 项，涉及 1 个单位"),
                    browser.findElement(By.id("job")).getText());
            browser.findElement(By.linkText("返回评议与立项")).click();
            browser.findElement(By.xpath("//button[text()='立项核对']")).click();
            finished(browser, fx);
            assertTrue(browser.findElement(By.id("job")).getText().contains("立项核对汇总"),
                    browser.findElement(By.id("job")).getText());
            List<String> console = Browser.console(browser);
            assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to")),
                    "the pages break their own CSP: " + console);
        } finally {
            browser.quit();
        }
    }

    /**
     * Drops files onto the intake page's box the way a drag from a folder does: a drop event whose
     * DataTransfer holds them (read from disk through a file input the test adds, as a script cannot).
     */
    private static void dropFiles(ChromeDriver browser, Path... files) {
        WebElement picker = (WebElement) browser.executeScript("var i = document.createElement('input');"
                + "i.type = 'file'; i.multiple = true; i.id = 'test-drop-source'; document.body.appendChild(i); return i;");
        picker.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList()));
        browser.executeScript("var dt = new DataTransfer();"
                + "Array.from(document.getElementById('test-drop-source').files).forEach(function (f) { dt.items.add(f); });"
                + "var box = document.getElementById('drop');"
                + "box.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "box.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));");
        Browser.onJobPage(browser, Duration.ofSeconds(60));
    }

    /** Waits for the operation page the browser is on to say it finished; says what the page shows if not. */
    private static void finished(ChromeDriver browser, ConsoleFixture fx) {
        String state;
        try {
            state = Browser.jobState(browser, Duration.ofMinutes(5));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.getCurrentUrl() + "\n" + browser.getPageSource() + "\n"
                    + Browser.console(browser) + "\n" + fx.log(), e);
        }
        assertEquals("已完成。", state, browser.findElement(By.id("job")).getText());
    }

    private static boolean partial(Path downloads) {
        try (Stream<Path> s = Files.list(downloads)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static Path uploaded(ConsoleFixture fx, String name) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(fx.workspace.returnedDir())) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    /** Keeps a picture of the page when asked to (-Dshuangbai.screenshots=DIR), e.g. for the README. */
    static void screenshot(ChromeDriver browser, String name) throws java.io.IOException {
        String target = System.getProperty("shuangbai.screenshots");
        if (target != null) {
            Files.createDirectories(Path.of(target));
            Files.write(Path.of(target, name), browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
