package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.cartellab.app.cli.Main;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.effects.LeverEvidenceTables;
import org.cartellab.policy.effects.LeverGrading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lever grades and risk grades are one computation shown alike: the terminal's {@code coa show --json}, the web's catalog
 * and presets carry the core's {@link LeverGrading} and the risk's one basis name with the low-reliability flag, and the
 * web page's words for them are the terminal's (same English and Spanish text).
 */
class GradesEverywhereTest {
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = Fixtures.bundledServer();
        http = new Http(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() { server.stop(); }

    static JsonNode coaShowJson(String id) throws Exception {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("coa", "show", id, "--json")).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theIncapacitationLeverShowsItsSourcedDirectionAndAssumedSizeOnTerminalAndWeb() throws Exception {
        CourseOfAction c = Catalog.bundled().find("strikes_without_consent").orElseThrow();
        LeverEffect inc = c.levers().stream().filter(e -> e.lever() == Lever.INCAPACITATION).findFirst().orElseThrow();
        JsonNode core = new ObjectMapper().valueToTree(LeverGrading.of(inc, LeverEvidenceTables.bundled()).fields());
        assertThat(core.get("direction").asText()).isEqualTo("sourced");
        assertThat(core.get("size").asText()).isEqualTo("judgment");

        JsonNode cli = null;
        for (JsonNode l : coaShowJson(c.id()).get("levers")) if (l.get("lever").asText().equals("incapacitation")) cli = l.get("grading");
        assertThat(cli).isEqualTo(core);

        JsonNode web = null;
        for (JsonNode p : Http.json(http.get("/api/presets")).get("courses")) {
            if (!p.get("id").asText().equals(c.id())) continue;
            for (JsonNode l : p.get("levers")) if (l.get("lever").asText().equals("incapacitation")) web = l.get("grading");
        }
        assertThat(web).isEqualTo(core);

        StringWriter text = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(text));
        assertThat(cl.execute("coa", "show", c.id())).isZero();
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("direction sourced (dell2015, osorio2015, prieto-curiel2023); size judgment");
    }

    @Test
    void theEscalationRiskHasOneGradeNameAndItsLowReliabilityFlagOnTerminalAndWeb() throws Exception {
        JsonNode cli = coaShowJson("strikes_without_consent").get("risks").get("escalation");
        JsonNode web = null;
        for (JsonNode r : Http.json(http.get("/api/catalog/strikes_without_consent")).get("risks")) {
            if (r.get("dimension").asText().equalsIgnoreCase("escalation")) web = r;
        }
        assertThat(web).as("the web's escalation rating").isNotNull();
        assertThat(cli.get("basis").asText()).isEqualTo("judgment");
        assertThat(web.get("basis").asText()).as("the web's catalog JSON carries the basis").isEqualTo(cli.get("basis").asText());
        assertThat(cli.get("low_reliability_only").asBoolean()).isTrue();
        assertThat(web.get("low_reliability_only").asBoolean()).isTrue();
    }

    @Test
    void thePagesWordsForGradesAndTheCautionAreTheTerminals() throws Exception {
        String js;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/cartellab/app/web/public/js/i18n.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Language lang : Language.values()) {
            Messages m = Messages.of(lang);
            String caution = m.get("coa.risk.caution", "{0}");
            String judgment = m.get("coa.risk.judgment");
            assertThat(js).as(lang + " caution").contains("'risk.caution': '" + caution + "'");
            assertThat(js).as(lang + " risk judgment").contains("'risk.basis.judgment': '" + judgment + "'");
            assertThat(js).as(lang + " lever judgment").contains("'wb.grade.judgment': \"" + m.get("coa.grade.judgment") + "\"");
            assertThat(js).as(lang + " lever sourced").contains("'wb.grade.sourced': \"" + m.get("coa.grade.sourced") + "\"");
        }
    }
}
