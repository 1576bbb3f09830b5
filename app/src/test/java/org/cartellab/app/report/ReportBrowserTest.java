package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.cartellab.app.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html of the whole bundled catalog in real Chromium at 1,400 and 390 px: no horizontal overflow
 * ({@code scrollWidth <= innerWidth}), the contents and source links jump to their targets, and "Save PNG" draws a chart
 * onto a canvas. Screenshots (top of the page and the charts) go to app/target/screenshots/report-*.png.
 */
@Tag("browser")
class ReportBrowserTest {
    static final Path CHROMEDRIVER = Path.of(System.getProperty("cartellab.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("cartellab.chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target", "screenshots");
    static ChromeDriver driver;
    static Path dir;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + ": run .ci/browser-deps.sh");
        }
        dir = Files.createTempDirectory("cartellab-report-");
        Path out = dir.resolve("report");
        int code = Main.commandLine().execute("compare", "--weight-samples", "500", "--out", out.toString());
        assertThat(code).isZero();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("cartellab-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        for (Path root : List.of(dir, profile)) {
            if (root == null) continue;
            try (var s = Files.walk(root)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    static void open(int width) {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(dir.resolve("report").resolve("report.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(js("return document.readyState")));
    }

    static void shot(String name) throws IOException {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static void noOverflow(int width) {
        long inner = ((Number) js("return window.innerWidth")).longValue();
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as("page width at %d px (innerWidth %d); widest: %s", width, inner, widest()).isLessThanOrEqualTo(inner);
        // and with every folded section open
        js("document.querySelectorAll('details').forEach(function(d){d.open=true;})");
        scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as("page width at %d px with every section open; widest: %s", width, widest()).isLessThanOrEqualTo(inner);
        js("document.querySelectorAll('details').forEach(function(d){d.open=false;})");
    }

    /** The elements reaching furthest right, for the failure message. */
    static String widest() {
        return String.valueOf(js("var w=window.innerWidth,out=[];function clipped(e){for(var p=e.parentElement;p&&p!==document.body;p=p.parentElement){"
                + "var o=getComputedStyle(p).overflowX;if(o!=='visible')return true;}return false;}"
                + "document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
                + "if(r.right>w+0.5&&out.length<8&&!clipped(e))out.push(e.tagName+(e.id?'#'+e.id:'')+(typeof e.className==='string'&&e.className?'.'+e.className:'')+':'+Math.round(r.right));});return out.join(', ');"));
    }

    @Test
    void fitsA1400PxScreenWithTheBottomLineFirst() throws IOException {
        open(1400);
        noOverflow(1400);
        WebElement briefing = driver.findElement(By.id("briefing"));
        assertThat(briefing.getText()).contains("Bottom line").contains("What it would change").contains("Known misses of the model");
        shot("report-1400-top.png");
        driver.findElement(By.cssSelector("nav#toc a[href='#charts']")).click();
        assertThat(((Number) js("return window.scrollY")).longValue()).isPositive();
        shot("report-1400-charts.png");
    }

    @Test
    void fitsA390PxPhone() throws IOException {
        open(390);
        noOverflow(390);
        shot("report-390-top.png");
        js("document.getElementById('charts').scrollIntoView()");
        shot("report-390-charts.png");
        open(1400);
    }

    @Test
    void sourceLinksJumpToTheirEntryAndSavePngDrawsTheChart() {
        open(1400);
        WebElement link = driver.findElements(By.cssSelector("a.src")).get(0);
        String target = link.getAttribute("href").replaceAll(".*#", "");
        assertThat(driver.findElements(By.id(target))).hasSize(1);
        js("HTMLAnchorElement.prototype.click=function(){window.__saved=this.getAttribute('download')+' '+this.href.slice(0,22);}");
        js("document.querySelector('a.save-png').dispatchEvent(new MouseEvent('click',{bubbles:true,cancelable:true}))");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> js("return window.__saved || ''").toString().contains("data:image/png"));
        assertThat(js("return window.__saved").toString()).endsWith("data:image/png;base64,").contains(".png");
        assertThat(driver.findElement(By.cssSelector("a.save-svg")).getAttribute("href")).startsWith("data:image/svg+xml");
    }
}
