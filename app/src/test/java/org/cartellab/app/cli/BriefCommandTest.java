package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code cartel-lab brief}: one screen, plain language, consent phrased from the pathway, JSON with the same facts, bad input exit 2. */
class BriefCommandTest {
    @Test
    void strikesWithoutConsentPrintsAOneScreenBriefing() {
        CliRunner r = CliRunner.run("brief", "strikes_without_consent");
        assertThat(r.exit()).as(r.err()).isZero();
        String out = r.out();
        String flat = out.replaceAll("\\s+", " ");
        assertThat(flat).contains("assumes Mexico does not consent");
        assertThat(out).startsWith("Briefing: ").contains("As of: law ").contains("What it would change, 5 years after the 2022 start")
                .contains("Legal basis").contains("Top risks:").contains("What the evidence does not pin down:").contains("Known misses of the model:")
                .doesNotContain("needs Mexico's consent").doesNotContain("strikes_without_consent assumes Mexico consents");
        String[] lines = out.split("\n");
        assertThat(lines.length).as("one screen").isLessThanOrEqualTo(60);
        assertThat(Arrays.stream(lines).mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(100);
        assertThat(out).doesNotContainPattern("\\[\\d+, \\d+").doesNotContainPattern("\\{[a-z_]+=");
        assertThat(out).containsPattern("Casualties per week (rise \\d+\\.\\d %|: central [+-]\\d+\\.\\d %, direction unsettled)").containsPattern("\\d+ of \\d+ runs show (a rise|a fall|no change)");
    }

    @Test
    void withConsentIsPhrasedAsAssumingConsent() {
        CliRunner r = CliRunner.run("brief", "strikes_with_consent");
        assertThat(r.exit()).as(r.err()).isZero();
        // consent defines this course: no "without consent" variant, but the course that assumes the opposite is named
        assertThat(r.out().replaceAll("\\s+", " ")).contains("assumes Mexico consents").contains("consent defines the course")
                .contains("strikes_without_consent assumes the opposite").doesNotContain("without consent the assessment would be");
        // where consent is a variable of the course, the other answer is assessed
        CliRunner capture = CliRunner.run("brief", "capture_operations");
        assertThat(capture.exit()).as(capture.err()).isZero();
        assertThat(capture.out().replaceAll("\\s+", " ")).contains("assumes Mexico does not consent").contains("with consent the assessment would be");
    }

    @Test
    void aCombinationAndAComparison() throws Exception {
        CliRunner combo = CliRunner.run("brief", "intelligence_sharing+financial_sanctions", "--format", "json");
        assertThat(combo.exit()).as(combo.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(combo.out());
        assertThat(j.get("kind").asText()).isEqualTo("combination");
        JsonNode c = j.get("courses").get(0);
        assertThat(c.get("parts")).hasSize(2);
        assertThat(c.get("changes")).hasSize(3);
        for (JsonNode ch : c.get("changes")) {
            assertThat(ch.get("runs_agreeing").asInt()).isBetween(0, ch.get("runs").asInt());
            assertThat(ch.get("band_low_pct").asDouble()).isLessThanOrEqualTo(ch.get("change_pct").asDouble());
        }
        assertThat(j.get("as_of").get("start_date").asText()).isEqualTo("2021-12-19");
        CliRunner many = CliRunner.run("brief", "us_demand_reduction", "recruitment_prevention", "strikes_without_consent");
        assertThat(many.exit()).as(many.err()).isZero();
        assertThat(many.out()).contains("3 courses of action compared");
        // in decision-matrix order: each course's rank line, read in print order, never goes down
        var ranks = java.util.regex.Pattern.compile("rank (\\d+) of").matcher(many.out()).results().map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(ranks).hasSize(3).isSorted();
        assertThat(many.out().split("\n").length).isLessThanOrEqualTo(60);
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CliRunner unknown = CliRunner.run("brief", "no_such_course");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no course of action 'no_such_course'");
        assertThat(CliRunner.run("brief", "status_quo").exit()).isEqualTo(2);
        assertThat(CliRunner.run("brief", "strikes_with_consent", "--format", "xml").exit()).isEqualTo(2);
        assertThat(CliRunner.run("brief").exit()).isEqualTo(2);
    }
}
