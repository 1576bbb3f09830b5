package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Spanish dictionaries have the same keys, and every data-i18n key in the pages exists. */
class DictionaryTest {
    static final Pattern ANY_KEY = Pattern.compile("'([a-zA-Z][^']*)':\\s");

    static String resource(String path) throws IOException {
        try (InputStream in = DictionaryTest.class.getResourceAsStream(WebServer.STATIC_DIR + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Set<String> keys(String block) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ANY_KEY.matcher(block);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        String js = resource("/js/i18n.js");
        int en = js.indexOf("\n  en: {");
        int es = js.indexOf("\n  es: {");
        int endEs = js.indexOf("\n};", es);
        assertThat(en).isPositive();
        assertThat(es).isGreaterThan(en);
        Set<String> english = keys(js.substring(en, es));
        Set<String> spanish = keys(js.substring(es, endEs));
        assertThat(english).hasSizeGreaterThan(100);
        assertThat(spanish).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        String js = resource("/js/i18n.js");
        Set<String> english = keys(js.substring(js.indexOf("\n  en: {"), js.indexOf("\n  es: {")));
        Pattern used = Pattern.compile("data-i18n(?:-aria)?=\"([^\"]+)\"");
        for (String page : new String[] {"/index.html", "/compare.html", "/sources.html", "/law.html", "/bibliography.html", "/briefing.html"}) {
            Matcher m = used.matcher(resource(page));
            int n = 0;
            while (m.find()) {
                assertThat(english).as("%s uses %s", page, m.group(1)).contains(m.group(1));
                n++;
            }
            assertThat(n).as(page).isGreaterThan(2);
        }
        // the shared header, navigation and footer (common.js siteChrome) use their keys from one list
        String common = resource("/js/common.js");
        Matcher m = Pattern.compile("'data-i18n(?:-aria)?': '([^']+)'|\\['/[a-z.]*', '([a-z.]+)'\\]").matcher(common);
        int n = 0;
        while (m.find()) {
            String key = m.group(1) != null ? m.group(1) : m.group(2);
            assertThat(english).as("common.js uses %s", key).contains(key);
            n++;
        }
        assertThat(n).as("keys of the site header in common.js").isGreaterThanOrEqualTo(10);
    }

    /** Every risk dimension the catalog can rate has its label in English and Spanish (the pages show them by key). */
    @Test
    void everyRiskDimensionHasALabelInBothLanguages() throws IOException {
        String js = resource("/js/i18n.js");
        Set<String> english = keys(js.substring(js.indexOf("\n  en: {"), js.indexOf("\n  es: {")));
        Set<String> spanish = keys(js.substring(js.indexOf("\n  es: {")));
        for (org.cartellab.policy.RiskDimension d : org.cartellab.policy.RiskDimension.values()) {
            assertThat(english).as("English label of %s", d).contains("risk." + d.name());
            assertThat(spanish).as("Spanish label of %s", d).contains("risk." + d.name());
        }
    }

    /** Every literal key the scripts pass to t('...') exists in English and in Spanish (computed keys are checked in the browser tests). */
    @Test
    void everyKeyTheScriptsUseHasSpanish() throws IOException {
        String js = resource("/js/i18n.js");
        Set<String> english = keys(js.substring(js.indexOf("\n  en: {"), js.indexOf("\n  es: {")));
        Set<String> spanish = keys(js.substring(js.indexOf("\n  es: {")));
        Pattern used = Pattern.compile("\\bt\\('([a-z][a-zA-Z0-9_.]*)'[,)]");
        int n = 0;
        for (String script : new String[] {"/js/workbench.js", "/js/compare.js", "/js/pathways.js", "/js/briefing.js", "/js/bibliography.js", "/js/simulator.js"}) {
            Matcher m = used.matcher(resource(script));
            while (m.find()) {
                assertThat(english).as("%s uses %s (English)", script, m.group(1)).contains(m.group(1));
                assertThat(spanish).as("%s uses %s (Spanish)", script, m.group(1)).contains(m.group(1));
                n++;
            }
        }
        assertThat(n).isGreaterThan(100);
    }
}
