package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartellab.app.i18n.EnglishLeaks;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.report.BacktestFiles;
import org.cartellab.app.report.KnownMisses;
import org.cartellab.app.report.ValidationReportSection;
import org.cartellab.app.web.WebServer;
import org.cartellab.i18n.Language;
import org.cartellab.validation.Backtest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Back-test (a) shows the same figures wherever an analyst meets it: {@code cartel-lab backtest --json}, the web's
 * {@code GET /api/validation}, the report's validation section and the briefing's known misses. Fails if any of them
 * computes the back-test its own way (another thinning, seed or data) instead of through the one computation
 * (validation.BundledBacktest). The first test is slow: the verb also refits the hold-out.
 */
class BacktestAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Tag("slow")
    void cliWebReportAndBriefingShowTheSameBacktest() throws Exception {
        CliRunner cli = CliRunner.run("backtest", "--json");
        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode fromCli = JSON.readTree(cli.out()).get("published");

        WebServer server = WebServer.withoutCatalog();
        JsonNode fromWeb;
        try {
            int port = server.start("127.0.0.1", 0);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/validation")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode web = JSON.readTree(r.body());
            assertThat(web.get("posterior_thin").asInt()).isEqualTo(Backtest.PUBLISHED_THIN);
            fromWeb = web.get("published");
        } finally {
            server.stop();
        }
        // the web's back-test is the verb's, to the last bit: years, bands, growth, metrics, diagnostics
        assertThat(fromWeb).isEqualTo(fromCli);

        // the report shows the verb's numbers, rounded as it prints them
        StringBuilder html = new StringBuilder();
        ValidationReportSection.append(html);
        List<List<String>> rows = rows(html.toString());
        JsonNode years = fromCli.get("years");
        assertThat(rows).hasSize(years.size());
        for (int i = 0; i < years.size(); i++) {
            JsonNode y = years.get(i);
            JsonNode q = y.get("predictive");
            assertThat(rows.get(i)).containsExactly(y.get("year").asText(), one(y.get("observed")),
                    one(y.get("observed_low")) + "-" + one(y.get("observed_high")), one(q.get("q50")), one(q.get("q05")) + "-" + one(q.get("q95")),
                    y.get("in_90").asBoolean() ? "yes" : "no");
        }
        JsonNode last = years.get(years.size() - 1);
        String growth = String.format(Locale.ROOT, "%+.1f %%", last.get("model_growth_pct_since_2021").asDouble());
        String mape = String.format(Locale.ROOT, "MAPE %.0f %%", fromCli.get("metrics").get("mape_pct").asDouble());
        assertThat(html.toString()).contains("rose " + growth, mape);
        // and so does the briefing, in both languages
        assertThat(KnownMisses.current().get(0).statement()).contains("rose " + growth, mape);
        assertThat(KnownMisses.current(Messages.of(Language.ES)).get(0).statement()).contains("subió " + growth, "EPAM " + mape.substring(5));
        StringBuilder es = new StringBuilder();
        ValidationReportSection.append(es, Messages.of(Language.ES));
        assertThat(es.toString()).contains("subió " + growth).doesNotContain("over-predicts", "What it means");
    }

    @Test
    void theSpanishValidationSectionAndKnownMissesHaveNoEnglish() {
        StringBuilder es = new StringBuilder("<html lang=\"es\"><body>");
        ValidationReportSection.append(es, Messages.of(Language.ES));
        es.append("</body></html>");
        List<String> allowed = List.of("cartel-lab backtest", "docs/validation.md");
        assertThat(EnglishLeaks.inHtml(es.toString(), allowed)).isEmpty();
        for (var m : KnownMisses.current(Messages.of(Language.ES))) assertThat(EnglishLeaks.in(m.statement(), allowed)).as(m.statement()).isEmpty();
    }

    @Test
    @Tag("slow")
    void theVerbInSpanishHasNoEnglish() {
        CliRunner es = CliRunner.run("backtest", "--lang", "es");
        assertThat(es.exit()).as(es.err()).isZero();
        assertThat(es.out()).contains("Prueba retrospectiva", "En qué se equivocó el modelo");
        assertThat(EnglishLeaks.in(es.out(), List.of("docs/validation.md", "recruitment", "incapacitation", "conflict", "saturation"))).isEmpty();
    }

    @Test
    void theEnglishBandTextIsTheCoresOwn() {
        assertThat(BacktestFiles.bandNoise(Messages.english())).isEqualTo(Backtest.BAND_NOISE);
    }

    private static String one(JsonNode v) { return String.format(Locale.ROOT, "%.1f", v.asDouble()); }

    /** The data rows of the validation table, cell texts. */
    private static List<List<String>> rows(String html) {
        String table = html.substring(html.indexOf("<table id=\"validation-table\">"), html.indexOf("</table>", html.indexOf("validation-table")));
        List<List<String>> out = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(table);
        while (row.find()) {
            if (row.group(1).startsWith("<th>")) continue;
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td>(.*?)</td>").matcher(row.group(1));
            while (cell.find()) cells.add(cell.group(1));
            out.add(cells);
        }
        return out;
    }
}
