package org.shuangbai.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.shuangbai.Workspace;
import org.shuangbai.forms.Distribution;
import org.shuangbai.forms.SampleFiller;
import org.shuangbai.plan.FieldKey;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;
import org.shuangbai.plan.PlanLoader;

/**
 * Pictures of the console for the README, taken in headless Chromium on a workspace with data (a copy of
 * the demo's: {@code ./shuangbai demo}, then {@code cp -r output/demo /tmp/ws}):
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.shuangbai.web.ConsoleScreenshots /tmp/ws docs</pre>
 *
 * Writes console-board.png (units owing, then the assessing bodies when the plan has them), console-refusal.png
 * and, for looking at every page, console-*.png of the others.
 * An upload of three files (one accepted, one refused, one already received) makes the refusal.
 */
public final class ConsoleScreenshots {
    private ConsoleScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = new Workspace(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "docs"));
        Path scratch = Files.createTempDirectory("console-shots");
        Plan plan = PlanLoader.load(ws.planDir());
        Distribution distribution = new Distribution(ws, plan);
        SampleFiller filler = new SampleFiller(plan, distribution.texts());
        // two scores the unit's own sheet carries: the assessed score, or the self score where bodies assess it
        var s12 = plan.unit("S12").orElseThrow();
        List<FieldKey> own = plan.indicators().limit(2).map(i -> (FieldKey) new FieldKey.IndicatorField(i.code(),
                plan.assessors().byBodies(i.code(), s12) ? FieldKey.IndicatorPart.SELF : FieldKey.IndicatorPart.SCORE))
                .toList();
        Path good = scratch.resolve("八里庄街道_立项表.xlsx");
        filler.fillSample(distribution.file(plan.unit("S05").orElseThrow(), FormKind.REGISTRATION), good);
        Path wrong = scratch.resolve("和平街街道_考核评分表_修改稿.xlsx");
        filler.fillSample(distribution.file(s12, FormKind.SCORE), wrong,
                Map.of(own.get(0), "99", own.get(1), "八分"));
        Path refused = scratch.resolve("亚运村街道_挂帐问题项目表.xlsx");
        filler.fillSample(distribution.file(plan.unit("S18").orElseThrow(), FormKind.LEDGER), refused,
                Map.of(FieldKey.of("L01.deadline"), "明年"));
        // a due date passed for one form, so that 逾期 shows too
        Files.writeString(ws.planDir().resolve("settings.properties"), "\nforms.registration.due = 2009-03-31\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path again;
        try (var s = Files.walk(ws.returnedDir())) {
            again = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
        }

        ChromeDriver browser = Browser.start(scratch.resolve("profile"), scratch);
        try (ConsoleServer server = ConsoleServer.start(new ConsoleServer.Options(ws, "127.0.0.1", 0,
                Clock.systemDefaultZone(), System.err))) {
            String url = server.url().toString();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 820));
            browser.get(url + "intake");
            browser.findElement(By.id("upload-files")).sendKeys(refused.toString());
            browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            try {
                Browser.onJobPage(browser, Duration.ofSeconds(30));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new IllegalStateException(browser.findElement(By.id("upload-message")).getText(), e);
            }
            finished(browser);
            browser.get(url + "intake");
            browser.findElement(By.id("upload-files")).sendKeys(good + "\n" + wrong + "\n" + again);
            browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            finished(browser);
            shot(browser, out.resolve("console-refusal.png"));
            browser.get(url + "board?show=owing");
            // tall enough for the bodies still owing under the units
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 960));
            shot(browser, out.resolve("console-board.png"));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 820));
            // the bodies' section under the units still owing (the demo's bodies returned all but one redraft)
            for (String page : List.of("units/S12", "bodies/" + plan.assessors().bodies().get(0).code(), "scores", "documents", "distribution", "reminders", "backup", "intake")) {
                browser.get(url + page);
                Thread.sleep(500);
                shot(browser, out.resolve("console-" + page.replace('/', '-') + ".png"));
            }
        } finally {
            browser.quit();
        }
    }

    private static void finished(ChromeDriver browser) {
        String state = Browser.jobState(browser, Duration.ofMinutes(2));
        if (!state.equals("已完成。")) {
            throw new IllegalStateException(browser.getCurrentUrl() + ": " + state);
        }
    }

    private static void shot(ChromeDriver browser, Path file) throws Exception {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
