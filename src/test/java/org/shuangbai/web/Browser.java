package org.shuangbai.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver on disk (Selenium never downloads a
 * driver or a browser). Missing browser: the test is skipped on a developer's machine and fails when
 * CI=true, so a CI machine without the packages cannot pass unnoticed.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static void require() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "headless Chromium and its driver are needed (Debian packages chromium chromium-driver: "
                + CHROMIUM + ", " + CHROMEDRIVER + ")";
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(why);
        }
        assumeTrue(present, why);
    }

    /** A fresh browser with its own profile, downloading into {@code downloads} without asking. */
    static ChromeDriver start(Path profile, Path downloads) {
        require();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "zh-CN"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        return driver;
    }

    /** Waits until the browser is on an operation's page, which is where starting any operation leads. */
    static void onJobPage(ChromeDriver browser, Duration within) {
        new WebDriverWait(browser, within).until(d -> d.getCurrentUrl().contains("/jobs/"));
    }

    /**
     * Waits for the operation page the browser is on to stop saying it is working (「正在…」) and returns what
     * its state line says then; throws the WebDriver's timeout if it never does.
     */
    static String jobState(ChromeDriver browser, Duration within) {
        new WebDriverWait(browser, within)
                // the page's script replaces the state line while it is read: Chrome then says the element is
                // stale, or that its node "does not belong to the document"; either way, read it again
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class).until(d -> {
                    List<WebElement> state = d.findElements(By.id("job-state"));
                    return !state.isEmpty() && !state.get(0).getText().startsWith("正在");
                });
        return browser.findElement(By.id("job-state")).getText();
    }

    /** What the pages logged to the browser console (a CSP violation shows here). */
    static List<String> console(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }
}
