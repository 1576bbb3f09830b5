package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartellab.app.web.WorkbenchBrowserTest.driver;
import static org.cartellab.app.web.WorkbenchBrowserTest.js;
import static org.cartellab.app.web.WorkbenchBrowserTest.open;
import static org.cartellab.app.web.WorkbenchBrowserTest.resize;
import static org.cartellab.app.web.WorkbenchBrowserTest.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The briefing view and the simulator's comfort in real Chromium (the server, browser and helpers of
 * {@link WorkbenchBrowserTest}): a course's briefing opens with its bottom line, whose numbers are the API's; its source
 * keys land on bibliography anchors; a comparison's briefing is one click from the compare page; the simulator puts
 * results first at 390 px and labels its x-axis with dates in the page's language; axe-core finds no serious or
 * critical violation on these views. Run with {@code mvn -B -o verify -Pheavy -pl app -am} (tag "browser").
 */
@Tag("browser")
class BriefingBrowserTest {
    static final String COURSE = "/briefing.html?coa=strikes_without_consent";

    @BeforeAll
    static void start() throws IOException { WorkbenchBrowserTest.start(); }

    @AfterAll
    static void stop() throws IOException { WorkbenchBrowserTest.stop(); }

    /** The JSON the page fetched from, fetched again in the page. */
    static JsonNode api(String path) throws IOException {
        Object body = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));", path);
        return Http.JSON.readTree((String) body);
    }

    @Test
    void aCourseBriefingOpensWithItsBottomLineAndShowsTheApisNumbers() throws IOException {
        resize(1400, 1000);
        open(COURSE, "data-loaded", "en");
        WebElement article = driver.findElement(By.cssSelector("#briefing article.brief[data-coa='strikes_without_consent']"));
        WebElement bottom = article.findElement(By.cssSelector("section.bottom-line"));
        assertThat(((Number) js("return arguments[0].getBoundingClientRect().top", bottom)).doubleValue()).as("the bottom line on the first screen")
                .isLessThan(((Number) js("return window.innerHeight")).doubleValue());
        String text = driver.findElement(By.id("briefing")).getText();
        assertThat(text).contains("Bottom line").contains("Cartel members").contains("Runs agreeing").contains("Legal standing")
                .contains("United States law").contains("Mexican law").contains("International law").contains("Top risks")
                .contains("What the evidence does not pin down").contains("Where the model has missed").contains("As of")
                .contains("cartel-lab brief strikes_without_consent").doesNotContainIgnoringCase("needs Mexico's consent");
        JsonNode brief = api("/api/briefing?coa=strikes_without_consent&lang=en");
        for (JsonNode c : brief.get("courses").get(0).get("changes")) {
            WebElement cell = bottom.findElement(By.cssSelector("tr[data-metric='" + c.get("metric").asText() + "'] td[data-value]"));
            assertThat(Double.parseDouble(cell.getDomAttribute("data-value"))).as(c.get("metric").asText()).isEqualTo(c.get("change_pct").asDouble());
        }
        assertThat(text).contains(brief.get("courses").get(0).get("changes").get(0).get("text").asText());
        assertThat(article.findElements(By.cssSelector("table.pathway tr[data-jurisdiction]"))).hasSize(brief.get("courses").get(0).get("legal").size());
        String cite = driver.findElement(By.cssSelector(".cite-text")).getText();
        assertThat(cite).contains("/briefing.html?coa=strikes_without_consent&lang=en");
    }

    @Test
    void everySourceKeyInTheBriefingLandsOnItsBibliographyAnchor() {
        open(COURSE, "data-loaded", "en");
        Set<String> keys = new LinkedHashSet<>();
        for (WebElement a : driver.findElements(By.cssSelector("#briefing a.src"))) keys.add(a.getDomAttribute("data-source"));
        assertThat(keys).hasSizeGreaterThan(3);
        String first = driver.findElement(By.cssSelector("#briefing a.src")).getDomAttribute("href");
        open("/bibliography.html", "data-loaded", "en");
        List<String> missing = new ArrayList<>();
        for (String key : keys) if (driver.findElements(By.id("src-" + key.replaceAll("[^A-Za-z0-9_.-]", "_"))).isEmpty()) missing.add(key);
        assertThat(missing).as("briefing source keys without a bibliography entry").isEmpty();
        driver.get(WorkbenchBrowserTest.base + first);
        waitFor(20).until(d -> "yes".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        WebElement entry = driver.findElement(By.id(first.substring(first.indexOf('#') + 1)));
        assertThat(entry.getDomAttribute("class")).contains("target");
    }

    @Test
    void aComparisonsBriefingIsOneClickFromTheComparePage() throws IOException {
        open("/compare.html?" + WorkbenchBrowserTest.IDS, "data-compared", "en");
        driver.findElement(By.id("brief-all")).click();
        waitFor(90).until(d -> "yes".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-kind")).isEqualTo("comparison");
        List<WebElement> articles = driver.findElements(By.cssSelector("#briefing article.brief"));
        assertThat(articles).hasSize(3);
        for (WebElement a : articles) assertThat(a.findElements(By.cssSelector("section.bottom-line tr[data-metric]"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#brief-overview tbody tr"))).hasSize(3);
        assertThat(driver.findElement(By.id("brief-heading")).getText()).contains("3 courses of action compared");
        // the URL reproduces it and the Spanish view keeps the numbers
        String url = driver.getCurrentUrl();
        assertThat(url).contains("coa=strikes_without_consent").contains("coa=intelligence_sharing%2Bfinancial_sanctions");
        JsonNode en = api(driver.findElement(By.id("brief-json")).getDomAttribute("href"));
        assertThat(en.get("kind").asText()).isEqualTo("comparison");
        driver.findElement(By.id("lang-switch")).click();
        waitFor(90).until(d -> "yes".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded"))
                && d.findElement(By.id("briefing")).getText().contains("Conclusión"));
        assertThat(driver.findElement(By.id("briefing")).getText()).contains("Situación jurídica").contains("Vigencia");
    }

    @Test
    void theSimulatorPutsResultsFirstOnAPhoneAndDatesItsAxisInThePagesLanguage() {
        resize(390, 844);
        open("/?coa=strikes_without_consent", "data-renders", "en");
        double results = ((Number) js("return document.getElementById('results').getBoundingClientRect().top")).doubleValue();
        double controls = ((Number) js("return document.getElementById('controls').getBoundingClientRect().top")).doubleValue();
        assertThat(results).as("results before the controls at 390 px").isLessThan(controls).isLessThan(844);
        String jan2022 = "return window.cartelLab.charts.members.getOption().xAxis[0].axisLabel.formatter(Date.UTC(2022, 0, 1))";
        assertThat(js(jan2022)).isEqualTo("Jan 2022");
        assertThat((String) js("return window.cartelLab.charts.members.getOption().series.at(-1).markLine.label.formatter")).contains("Dec 19, 2021");
        assertThat(driver.findElement(By.id("preset-brief")).getDomAttribute("href")).startsWith("/briefing.html?coa=strikes_without_consent");
        assertThat(axeSeriousOrCritical("390 px simulator")).isEmpty();
        resize(1400, 1000);
        open("/?coa=strikes_without_consent", "data-renders", "es");
        assertThat(js(jan2022)).isEqualTo("ene 2022");
        String tip = (String) js("return window.cartelLab.charts.members.getOption().tooltip[0].formatter([{dataIndex: 900}]);");
        assertThat(tip).contains("Diferencia con el statu quo").contains("personas");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheBriefingViews() {
        List<String> serious = new ArrayList<>();
        for (String lang : List.of("en", "es")) {
            for (String page : List.of(COURSE, "/briefing.html?coa=financial_sanctions&coa=intelligence_sharing%2Bfinancial_sanctions")) {
                for (int width : new int[] {1400, 390}) {
                    resize(width, width == 390 ? 844 : 1000);
                    open(page, "data-loaded", lang);
                    serious.addAll(axeSeriousOrCritical(lang + " " + width + " " + page));
                }
            }
        }
        resize(1400, 1000);
        assertThat(serious).as("axe-core serious or critical violations").isEmpty();
    }

    /** axe-core on the current page (details opened); prints every violation, returns the serious and critical ones. */
    static List<String> axeSeriousOrCritical(String label) {
        js("document.querySelectorAll('details').forEach(d => d.open = true)");
        js(WorkbenchBrowserTest.axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
                  target: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') })))).catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: 0, target: '' }]));""");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String line = String.format("%s: %s %s (%s nodes: %s) — %s", label, v.get("impact"), v.get("id"), v.get("nodes"), v.get("target"), v.get("help"));
            System.out.println("axe " + line);
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) out.add(line);
        }
        System.out.printf("axe %s: %d violations%n", label, violations.size());
        return out;
    }
}
