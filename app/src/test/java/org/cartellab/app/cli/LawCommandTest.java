package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cartellab.law.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LawCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsTheKnowledgeBaseWithItsAsOfDate() {
        CliRunner r = CliRunner.run("law");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Legal knowledge base. Law as of " + KnowledgeBase.bundled().reviewed())
                .contains("Not legal advice").contains(KnowledgeBase.bundled().size() + " of " + KnowledgeBase.bundled().size() + " entries")
                .contains("ieepa-tariffs  [US, authority]  struck down 2026-02-20").contains("UNVERIFIED");
    }

    @Test
    void filtersCombine() throws IOException {
        JsonNode doc = JSON.readTree(CliRunner.run("law", "--jurisdiction", "MX", "--kind", "prohibition", "--json").out());
        assertThat(doc.get("as_of").asText()).isEqualTo("2026-11-29");
        assertThat(doc.get("count").asInt()).isPositive();
        for (JsonNode e : doc.get("entries")) {
            assertThat(e.get("jurisdiction").asText()).isEqualTo("MX");
            assertThat(e.get("kind").asText()).isEqualTo("prohibition");
            assertThat(e.get("citation_es").asText()).isNotBlank();
            for (JsonNode s : e.get("sources")) assertThat(s.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        JsonNode dead = JSON.readTree(CliRunner.run("law", "--status", "struck_down", "--format", "json").out());
        assertThat(dead.get("entries")).extracting(n -> n.get("id").asText()).containsExactly("ieepa-tariffs");
    }

    @Test
    void courseFilterListsWhatItsPathwayUses() throws IOException {
        JsonNode doc = JSON.readTree(CliRunner.run("law", "--course", "strikes_without_consent", "--json").out());
        assertThat(doc.get("entries")).extracting(n -> n.get("id").asText())
                .contains("un-charter-2-4", "un-charter-51", "mx-const-40", "eo12333-2-11", "usc50-1543a")
                .doesNotContain("kingpin-act")
                .as("consent answers art. 2(4) only in the course with consent").doesNotContain("ilc-arsiwa-20");
        JsonNode with = JSON.readTree(CliRunner.run("law", "--course", "strikes_with_consent", "--json").out());
        assertThat(with.get("entries")).extracting(n -> n.get("id").asText()).contains("ilc-arsiwa-20");
        // each entry carries the date we reviewed it apart from its status "as of" date
        for (JsonNode e : with.get("entries")) assertThat(e.get("reviewed").asText()).as(e.get("id").asText()).isEqualTo("2026-11-29");
        JsonNode art89 = java.util.stream.StreamSupport.stream(JSON.readTree(CliRunner.run("law", "--jurisdiction", "MX", "--json").out()).get("entries").spliterator(), false)
                .filter(n -> n.get("id").asText().equals("mx-const-89-x")).findFirst().orElseThrow();
        assertThat(art89.get("status").get("date").asText()).isEqualTo("2011-06-10");
        assertThat(art89.get("reviewed").asText()).isEqualTo("2026-11-29");
    }

    @Test
    void badFiltersExitTwoWithOneLine() {
        for (String[] args : new String[][] {{"law", "--kind", "rumour"}, {"law", "--jurisdiction", "FR"}, {"law", "--status", "vibes"},
                {"law", "--course", "invade"}}) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void coaShowJsonHasThePathwayPerJurisdictionAndBothConsentCases() throws IOException {
        CliRunner r = CliRunner.run("coa", "show", "covert_disruption", "--json");
        assertThat(r.exit()).isZero();
        JsonNode lp = JSON.readTree(r.out()).get("legal_pathway");
        assertThat(lp.get("as_of").asText()).isEqualTo("2026-11-29");
        JsonNode part = lp.get("parts").get(0);
        for (String j : new String[] {"US", "MX", "INTERNATIONAL"}) {
            JsonNode p = part.get("pathway").get(j);
            assertThat(p.get("assessment").asText()).isIn("clear", "contested", "prima facie unlawful");
            for (String key : new String[] {"basis_claimed", "conditions_needed", "who_decides", "who_must_be_notified", "litigation_and_liability",
                    "reasoning", "strongest_counter_argument"}) {
                assertThat(p.has(key)).as(j + " " + key).isTrue();
            }
        }
        assertThat(part.get("pathway").get("INTERNATIONAL").get("assessment").asText()).isEqualTo("prima facie unlawful");
        assertThat(part.get("other_consent_pathway").get("INTERNATIONAL").get("assessment").asText()).isEqualTo("clear");
        assertThat(part.get("consent_matters").asBoolean()).isTrue();
        assertThat(part.get("consent_fixed").asBoolean()).isFalse();
        assertThat(part.get("consent_comparison")).hasSize(3);
        // a course defined by its consent has no other-consent pathway, only the course that assumes the opposite
        JsonNode fixed = JSON.readTree(CliRunner.run("coa", "show", "strikes_without_consent", "--json").out()).get("legal_pathway").get("parts").get(0);
        assertThat(fixed.get("consent_fixed").asBoolean()).isTrue();
        assertThat(fixed.has("other_consent_pathway")).isFalse();
        assertThat(fixed.get("consent_counterpart").asText()).isEqualTo("strikes_with_consent");
    }

    @Test
    void coaShowTextHasThePathwayAndTheComparison() {
        CliRunner r = CliRunner.run("coa", "show", "strikes_without_consent");
        assertThat(r.out()).contains("Legal pathway (Law as of 2026-11-29").contains("[US] CONTESTED").contains("[MX] PRIMA FACIE UNLAWFUL")
                .contains("Who must be notified, and when:").contains("Strongest counter-argument:")
                .contains("Acting without Mexico's consent is part of this course's definition").doesNotContain("With and without Mexico's consent");
        assertThat(CliRunner.run("coa", "show", "capture_operations").out()).contains("With and without Mexico's consent");
        CliRunner led = CliRunner.run("coa", "show", "mexican_led_operations");
        assertThat(led.out()).contains("Mexico's consent is part of this course's definition").doesNotContain("With and without Mexico's consent")
                .doesNotContain("without consent adds");
    }

    @Test
    void aCatalogFileWithAStruckDownAuthorityExitsTwo(@TempDir Path dir) throws IOException {
        Path quo = Path.of("../core/src/main/resources/org/cartellab/policy/coa/status_quo.yaml");
        Files.writeString(dir.resolve("quo.yaml"), Files.readString(quo).replace("US: [usc21-960a, usc19-1582]", "US: [ieepa-tariffs]"));
        CliRunner r = CliRunner.run("coa", "list", "--catalog", dir.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("quo.yaml, line").contains("field 'pathway.claims.US[0]'").contains("cannot be used as an authority");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aKnowledgeBaseFileWithABadEntryExitsTwoNamingFileLineAndField(@TempDir Path dir) throws IOException {
        Path src = Path.of("../core/src/main/resources/org/cartellab/law");
        for (String f : new String[] {"knowledge-base.yaml", "international.yaml", "us.yaml", "mx.yaml"}) Files.copy(src.resolve(f), dir.resolve(f));
        CliRunner ok = CliRunner.run("law", "--knowledge-base", dir.toString(), "--status", "struck_down");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("ieepa-tariffs");
        String us = Files.readString(dir.resolve("us.yaml"));
        Files.writeString(dir.resolve("us.yaml"), us.replace("status: {state: struck_down, date: 2026-02-20,", "status: {state: struck_down,"));
        CliRunner bad = CliRunner.run("law", "--knowledge-base", dir.toString());
        assertThat(bad.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("us.yaml, line").contains(".status.date'").contains("missing");
        assertThat(bad.out()).isEmpty();
        Files.writeString(dir.resolve("us.yaml"), us.replace("answers: [usc50-3093-a, usc50-3093-c]", "answers: [usc50-3093-a, no-such-entry]"));
        assertThat(CliRunner.run("law", "--knowledge-base", dir.toString()).err()).contains("unknown provision id 'no-such-entry'");
        Files.writeString(dir.resolve("us.yaml"), us.replace("date: 2026-02-20}\n    sources:", "date: 2026-02-20}\n    sources:").replace(
                "- {role: confirmed, title: \"Law360, How the new tariff landscape may unfold (decision of 20 Feb)\", url: \"https://www.law360.com/articles/2448498/how-the-new-tariff-landscape-may-unfold\", date: 2026-03-09}",
                "- {role: confirmed, title: \"Law360, How the new tariff landscape may unfold (decision of 20 Feb)\", url: \"https://www.law360.com/articles/2448498/how-the-new-tariff-landscape-may-unfold\"}"));
        assertThat(CliRunner.run("law", "--knowledge-base", dir.toString()).err()).contains(".sources[2].date'").contains("missing");
    }
}
