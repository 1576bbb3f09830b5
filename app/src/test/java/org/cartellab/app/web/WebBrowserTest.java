package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.cartellab.data.DataSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in real Chromium (Debian's chromium + chromium-driver, headless, no downloads): load each page, move a
 * slider and see the chart change, follow a shared link, switch language, and save screenshots under
 * app/target/screenshots. Run with {@code mvn -B -o verify -Pbrowser -pl app -am}.
 */
@Tag("browser")
class WebBrowserTest {
    static final Path CHROMEDRIVER = Path.of(System.getProperty("cartellab.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("cartellab.chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target", "screenshots");

    static WebServer server;
    static WebServer fixtureServer;
    static WebServer catalogServer;
    static String catalogBase;
    static Http http;
    static String base;
    static String fixtureBase;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + ": run .ci/browser-deps.sh");
        }
        server = WebServer.withoutCatalog();
        http = new Http(server.start("127.0.0.1", 0));
        base = http.base();
        CatalogProvider fixtures = Fixtures.catalog();
        fixtureServer = new WebServer(WebSettings.DEFAULTS, fixtures, Fixtures.comparison(fixtures));
        fixtureBase = "http://127.0.0.1:" + fixtureServer.start("127.0.0.1", 0);
        org.cartellab.policy.Catalog catalog = org.cartellab.policy.Catalog.bundled();
        catalogServer = new WebServer(WebSettings.DEFAULTS, CatalogProvider.of(catalog.all()), new CatalogComparison(catalog));
        catalogBase = "http://127.0.0.1:" + catalogServer.start("127.0.0.1", 0);
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("cartellab-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
        if (fixtureServer != null) fixtureServer.stop();
        if (catalogServer != null) catalogServer.stop();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * No page may log a script error, a failed resource or a CSP violation to the console; the one expected failure is
     * the 503 the catalog endpoints give in a build without a catalog (Chromium logs every non-2xx fetch).
     */
    @org.junit.jupiter.api.AfterEach
    void consoleIsClean() {
        List<String> severe = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .filter(m -> !((m.startsWith(base + "/api/catalog ") || m.startsWith(base + "/api/catalog?") || m.startsWith(base + "/api/presets ")
                        || m.startsWith(base + "/api/presets?")) && m.contains("status of 503")))
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    static WebDriverWait waitFor() { return new WebDriverWait(driver, Duration.ofSeconds(20)); }

    static Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    static int renders() {
        String r = driver.findElement(By.tagName("body")).getDomAttribute("data-renders");
        return r == null ? 0 : Integer.parseInt(r);
    }

    static void openSimulator(String query) {
        driver.get(base + "/" + query);
        waitFor().until(d -> renders() >= 1);
    }

    static double last(String chart, String which) {
        return Double.parseDouble(driver.findElement(By.id("chart-" + chart)).getDomAttribute("data-" + which + "-last"));
    }

    static void screenshot(String name, int height) { screenshot(name, 1400, height); }

    static void screenshot(String name, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        js("Object.values(window.cartelLab ? window.cartelLab.charts : {}).forEach(c => c.resize());");
        try {
            Thread.sleep(150);
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void aCourseOpensFromTheComparePageInTheSimulatorWithItsLeversSet() {
        driver.get(catalogBase + "/compare.html?lang=en");
        waitFor().until(d -> "loaded".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-catalog")));
        WebElement link = waitFor().until(d -> d.findElement(By.cssSelector("#coa-detail-strikes_without_consent a.simulate")));
        js("document.getElementById('coa-detail-strikes_without_consent').open = true"); // each course's details fold
        assertThat(link.getText()).isEqualTo("Open in the simulator");
        link.click();
        waitFor().until(d -> renders() >= 1);
        assertThat(driver.getCurrentUrl()).contains("coa=strikes_without_consent");
        assertThat(driver.findElement(By.id("preset")).getDomProperty("value")).isEqualTo("strikes_without_consent");
        // the course's own levers, not the hand-set sliders; the leadership split and the cooperation shock show in the charts
        assertThat(driver.findElements(By.cssSelector("[data-course-lever]"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.id("lever-recruitment"))).isEmpty();
        for (String chart : new String[] {"members", "deaths", "incapacitations", "prison_years"}) {
            assertThat(((Number) js("return window.cartelLab.charts['" + chart + "'].getOption().series.length")).intValue()).as(chart).isEqualTo(2);
        }
        double s = ((Number) js("return window.cartelLab.state.result.scenario.deaths[600]")).doubleValue();
        double q = ((Number) js("return window.cartelLab.state.result.status_quo.deaths[600]")).doubleValue();
        assertThat(s).isGreaterThan(q);
        assertThat(js("return window.cartelLab.state.result.coa")).isEqualTo("strikes_without_consent");
        assertThat(driver.findElement(By.id("bands-meaning")).getText()).contains("posterior predictive band").contains("not a forecast");
        screenshot("simulator-en-course-strikes-without-consent", 2600);
        // the simulator's own link reproduces it
        String url = driver.getCurrentUrl();
        driver.get(url.replace("lang=en", "lang=es"));
        waitFor().until(d -> renders() >= 1);
        assertThat(((Number) js("return window.cartelLab.state.result.scenario.deaths[600]")).doubleValue()).isEqualTo(s);
        assertThat(driver.findElement(By.id("bands-meaning")).getText()).contains("banda predictiva posterior");
    }

    @Test
    void movingASliderRedrawsTheChartAndUpdatesTheLink() {
        openSimulator("?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        double before = last("members", "scenario");
        assertThat(before).isEqualTo(last("members", "status-quo"));
        assertThat(((Number) js("return window.cartelLab.charts.members.getOption().series.length")).intValue()).isEqualTo(2);
        WebElement slider = driver.findElement(By.id("lever-recruitment"));
        slider.click(); // focus; the click may move it, so set a known value by keyboard
        slider.sendKeys(Keys.HOME);
        for (int i = 0; i < 10; i++) slider.sendKeys(Keys.ARROW_RIGHT); // 0.00 + 10 x 0.05 = 0.50
        waitFor().until(d -> driver.getCurrentUrl().contains("recruitment=0.5"));
        long t0 = System.nanoTime();
        waitFor().until(d -> Math.abs(last("members", "scenario") - before) > 1 && driver.findElement(By.id("lever-recruitment-out")).getText().contains("0.50")
                && js("return window.cartelLab.state.result.yaml").toString().contains("recruitment: 0.5"));
        System.out.printf("browser: last move to redrawn charts %.0f ms in the page (request %.0f ms); %.0f ms as seen through WebDriver%n",
                ((Number) js("return window.cartelLab.lastMoveToRenderMs")).doubleValue(),
                ((Number) js("return window.cartelLab.lastLatencyMs")).doubleValue(), (System.nanoTime() - t0) / 1e6);
        assertThat(last("members", "scenario")).isLessThan(before * 0.95);
        assertThat(last("members", "status-quo")).isEqualTo(before);
        // the chart instance holds the new series
        List<?> data = (List<?>) js("return window.cartelLab.charts.members.getOption().series[1].data");
        List<?> lastPoint = (List<?>) data.get(data.size() - 1);
        assertThat(lastPoint.get(0)).isEqualTo("2031-12-07");
        assertThat(((Number) lastPoint.get(1)).doubleValue()).isEqualTo(last("members", "scenario"));
        assertThat(driver.findElement(By.id("dl-yaml")).getDomAttribute("href")).contains("recruitment=0.5");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Members:").contains("status quo");
        screenshot("simulator-en-recruitment-half", 1900);
    }

    @Test
    void movingTheLeadershipSliderChangesCasualtiesAndALinkKeepsIt() {
        openSimulator("?lang=en");
        double deathsBefore = ((Number) js("return window.cartelLab.state.result.scenario.deaths[530]")).doubleValue();
        assertThat(deathsBefore).isEqualTo(((Number) js("return window.cartelLab.state.result.status_quo.deaths[530]")).doubleValue());
        assertThat(driver.findElement(By.id("chart-prison_years")).getDomAttribute("data-scenario-last")).isNotNull();
        assertThat(driver.findElement(By.id("cap-prison_years")).getText()).contains("estimate outside the network model");
        WebElement slider = driver.findElement(By.id("lever-leadership_targets"));
        slider.click();
        slider.sendKeys(Keys.HOME);
        for (int i = 0; i < 3; i++) slider.sendKeys(Keys.ARROW_RIGHT); // top 3 organisations by rank
        waitFor().until(d -> driver.getCurrentUrl().contains("leadership_targets=3"));
        waitFor().until(d -> ((Number) js("return window.cartelLab.state.result.scenario.deaths[530]")).doubleValue() > deathsBefore * 1.05);
        assertThat(driver.findElement(By.id("lever-leadership_targets-out")).getText()).isEqualTo("3");
        assertThat(driver.findElement(By.id("lever-leadership_targets-help")).getText()).contains("not an operation");
        // the scenario file cannot express a split: the YAML link gives way to a note, the CSV stays
        assertThat(driver.findElement(By.id("dl-yaml")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("yaml-note")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("dl-csv")).getDomAttribute("href")).contains("leadership_targets=3");
        screenshot("simulator-en-leadership-removal", 2600);
        // a shared link reproduces it, with the sentence multiplier scaling prison-years only
        openSimulator("?lang=es&leadership_targets=2&factions=4&cooperation=-0.5&recovery_weeks=52&sentence=2");
        assertThat(driver.findElement(By.id("lever-factions")).getDomProperty("value")).isEqualTo("4");
        assertThat(driver.findElement(By.id("lever-recovery_weeks-out")).getText()).isEqualTo("52 semanas");
        assertThat(driver.findElement(By.id("cap-prison_years")).getText()).contains("fuera del modelo de redes");
        // before the start week prison-years are the status quo's; after cooperation has recovered (520 + 52), twice them
        assertThat(((Number) js("return window.cartelLab.state.result.scenario.prison_years[100]")).doubleValue())
                .isEqualTo(((Number) js("return window.cartelLab.state.result.status_quo.prison_years[100]")).doubleValue());
        double s0 = ((Number) js("return window.cartelLab.state.result.scenario.prison_years[700]")).doubleValue();
        double q0 = ((Number) js("return window.cartelLab.state.result.status_quo.prison_years[700]")).doubleValue();
        assertThat(s0).isCloseTo(2 * q0, org.assertj.core.api.Assertions.within(0.05));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Años de condena"); // the glossary's one name for sentence-years
        screenshot("simulator-es-leadership-cooperation", 2600);
    }

    @Test
    void aSharedLinkReproducesTheScenario() {
        String q = "weeks=780&from=520&conflict=2&incapacitation=1.5";
        openSimulator("?" + q + "&lang=en");
        assertThat(driver.findElement(By.id("lever-conflict")).getDomProperty("value")).isEqualTo("2");
        assertThat(driver.findElement(By.id("lever-incapacitation")).getDomProperty("value")).isEqualTo("1.5");
        assertThat(driver.findElement(By.id("weeks")).getDomProperty("value")).isEqualTo("780");
        var api = Http.json(http.get("/api/simulate?" + q));
        assertThat(last("deaths", "scenario")).isEqualTo(api.at("/scenario/deaths").get(780).asDouble());
        assertThat(last("members", "scenario")).isEqualTo(api.at("/scenario/members").get(780).asDouble());
        assertThat(driver.getCurrentUrl()).contains("conflict=2").contains("incapacitation=1.5").contains("weeks=780");
    }

    @Test
    void switchingLanguageTranslatesThePageAndKeepsTheScenario() {
        openSimulator("?lang=en&saturation=2");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Network simulator");
        int rendered = renders();
        driver.findElement(By.id("lang-switch")).click();
        waitFor().until(d -> "es".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")) && renders() > rendered);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Simulador de la red");
        assertThat(driver.findElement(By.cssSelector("label[for=lever-recruitment]")).getText()).isEqualTo("Reclutamiento (ρ)");
        assertThat(driver.findElement(By.id("lang-switch")).getText()).isEqualTo("English");
        assertThat(driver.getCurrentUrl()).contains("lang=es").contains("saturation=2");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Integrantes");
        screenshot("simulator-es", 1900);
        driver.get(base + "/sources.html?lang=es");
        waitFor().until(d -> "yes".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Fuentes y límites");
        assertThat(driver.findElement(By.id("param-table")).getText()).contains("integrantes por semana");
        assertThat(driver.findElement(By.id("ensemble")).getText()).contains("banda predictiva posterior").contains("no un pronóstico");
        screenshot("sources-es", 2600);
    }

    @Test
    void uncertaintyBandsComeFromAJob() {
        openSimulator("?lang=en&weeks=780&recruitment=0.7&bands=1");
        waitFor().until(d -> "shown".equals(driver.findElement(By.id("chart-members")).getDomAttribute("data-bands")));
        assertThat(driver.findElement(By.id("chart-members")).getDomAttribute("data-series-count")).isEqualTo("6");
        assertThat(driver.findElement(By.id("bands-status")).getText()).contains("40 runs");
        screenshot("simulator-bands", 1900);
    }

    @Test
    void keyboardReachesTheSkipLinkAndTheSlidersHaveLabels() {
        openSimulator("?lang=en");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).isEqualTo("skip");
        for (WebElement input : driver.findElements(By.cssSelector("input, select, button"))) {
            String id = input.getDomAttribute("id");
            boolean labelled = input.getDomAttribute("aria-label") != null || input.getTagName().equals("button")
                    || !driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty();
            assertThat(labelled).as("control %s has a label", id).isTrue();
        }
        WebElement from = driver.findElement(By.id("from"));
        from.sendKeys(Keys.ARROW_RIGHT);
        waitFor().until(d -> driver.getCurrentUrl().contains("from=533"));
        // on a phone-sized window nothing is wider than the window
        driver.manage().window().setSize(new Dimension(420, 2400));
        waitFor().until(d -> ((Number) js("return document.documentElement.clientWidth")).intValue() < 500);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(((Number) js("return document.documentElement.clientWidth")).intValue());
        screenshot("simulator-narrow", 420, 2400);
    }

    @Test
    void comparisonPageSaysWhenTheBuildHasNoCatalog() {
        driver.get(base + "/compare.html?lang=en");
        waitFor().until(d -> "unavailable".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-catalog")));
        assertThat(driver.findElement(By.id("unavailable")).getText()).contains("catalog is not in this build");
        assertThat(driver.findElement(By.id("cmp-form")).isDisplayed()).isFalse();
        driver.findElement(By.id("lang-switch")).click();
        waitFor().until(d -> driver.findElement(By.id("unavailable")).getText().contains("no está en esta versión"));
    }

    @Test
    void comparisonPageDrawsTheMatrixFromABoundCatalog() {
        driver.get(fixtureBase + "/compare.html?lang=en");
        waitFor().until(d -> "loaded".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-catalog")));
        assertThat(driver.findElements(By.cssSelector("#choices input[type=checkbox]"))).hasSize(2);
        driver.findElement(By.cssSelector("#cmp-form button[type=submit]")).click();
        waitFor().until(d -> !driver.findElements(By.cssSelector("#overview-table tbody tr")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#overview-table tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.id("overview-table")).getText()).contains(Fixtures.MARK);
        js("document.querySelectorAll('details.coa').forEach(d => d.open = true)");
        assertThat(driver.findElement(By.id("details-body")).getText()).contains("UN Charter art. 2(4)").contains("assumption").contains("Diplomatic backlash");
        screenshot("compare-fixture", 1400);
        driver.get(fixtureBase + "/sources.html?lang=en");
        waitFor().until(d -> !driver.findElements(By.cssSelector("#evidence-table tbody tr")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#evidence-table tbody tr"))).hasSize(2); // one lever, one risk
        assertThat(driver.findElement(By.id("evidence-table")).getText()).contains("Recruitment").contains("Diplomatic backlash").contains("assumption");
    }

    @Test
    void sourcesPageListsEveryDefaultDataSetAndLimit() {
        driver.get(base + "/sources.html?lang=en");
        waitFor().until(d -> "yes".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        assertThat(driver.findElements(By.cssSelector("#param-table tbody tr"))).hasSize(5);
        assertThat(driver.findElement(By.id("param-table")).getText()).contains("Science 381:1312");
        assertThat(driver.findElements(By.cssSelector("#data-table tbody tr"))).hasSize(DataSet.values().length);
        assertThat(driver.findElements(By.cssSelector("#limits li")).size()).isGreaterThanOrEqualTo(8);
        assertThat(driver.findElement(By.id("network-facts")).getText()).contains("UPOEG").contains("ERPI").contains("150");
        assertThat(driver.findElement(By.id("catalog-unavailable")).getText()).contains("not in this build");
        screenshot("sources-en", 2600);
    }
}
