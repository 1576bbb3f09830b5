package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.RiskRating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CoaCommandTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static final String NOTICE = "not legal advice, not operational";

    @Test
    void listShowsEveryEntryWithItsCounts() {
        Run r = run("coa", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Strategic analysis from public data").contains(NOTICE);
        Catalog c = Catalog.bundled();
        for (String id : c.ids()) {
            String line = r.out().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
            int max = Catalog.maxRisk(c.find(id).orElseThrow());
            assertThat(line).as(id).contains(" " + Catalog.assumptionCount(c.find(id).orElseThrow()) + " ")
                    .endsWith(max + " " + RiskRating.LABELS[max]);
        }
        assertThat(r.out()).contains("leadership_removal 2 factions").contains("recruitment x0.925");
    }

    @Test
    void showPrintsEverySection() {
        Run r = run("coa", "show", "strikes_without_consent");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(NOTICE.split(",")[0]).contains("What it is").contains("Reported in seed articles")
                .contains("004  high").contains("001  low").contains("Levers").contains("ASSUMPTION")
                .contains("targets = the top 3 organisations by network rank").contains("Legal authorities")
                .contains("Legal constraints").contains("[INTERNATIONAL] UN Charter art. 2(4)").contains("Risks")
                .contains("succession_violence          4 severe   SOURCED").contains("Sources").contains("doi:10.1177/0022002715587053");
        for (org.cartellab.policy.RiskDimension d : org.cartellab.policy.RiskDimension.values()) {
            assertThat(r.out()).contains("  " + d.id() + " ");
        }
        // a sourced level states its fact and why it gives the level; a judgment says so
        assertThat(r.out()).contains("fact (dickenson2014").contains("why this level:").contains("JUDGMENT").contains("judgment - ");
    }

    @Test
    void showOutsideModelOutcomes() {
        Run r = run("coa", "show", "us_demand_reduction");
        assertThat(r.out()).contains("Outcomes outside the model").contains("change in US drug overdose deaths per year")
                .contains("-9,200 / -3,200 / -700 deaths per year").contains("larochelle2018");
    }

    @Test
    void unknownIdExitsTwoWithTheIds() {
        Run r = run("coa", "show", "invade");
        assertThat(r.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("unknown course of action 'invade'").contains("status_quo").contains("recruitment_prevention");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void jsonIsParseableAndComplete() throws IOException {
        ObjectMapper m = new ObjectMapper();
        JsonNode list = m.readTree(run("coa", "list", "--format", "json").out());
        assertThat(list.get("notice").asText()).contains(NOTICE);
        assertThat(list.get("courses_of_action")).hasSize(Catalog.bundled().size());
        JsonNode show = m.readTree(run("coa", "show", "strikes_with_consent", "--format", "json").out());
        assertThat(show.get("notice").asText()).contains(NOTICE);
        assertThat(show.get("risks").size()).isEqualTo(org.cartellab.policy.RiskDimension.values().length);
        JsonNode succession = show.get("risks").get("succession_violence");
        assertThat(succession.get("basis").asText()).isEqualTo("sourced");
        assertThat(succession.get("fact").asText()).contains("415");
        JsonNode escalation = show.get("risks").get("escalation");
        assertThat(escalation.get("basis").asText()).isEqualTo("judgment");
        assertThat(escalation.has("fact")).isFalse();
        assertThat(escalation.get("low_reliability_only").asBoolean()).as("rests only on seed 001").isTrue();
        JsonNode lr = show.get("levers").get(0);
        assertThat(lr.get("lever").asText()).isEqualTo("leadership_removal");
        assertThat(lr.get("effect").get("central").asDouble()).isEqualTo(2.0);
        assertThat(lr.get("settings").get("targets").asInt()).isEqualTo(3);
        assertThat(lr.get("evidence").get("assumption").asBoolean()).isTrue();
        assertThat(show.get("seeds").get(0).get("reliability").asText()).isEqualTo("moderate");
    }

    @Test
    void userCatalogOverridesWithANoteAndBadFilesExitTwo(@TempDir Path dir) throws IOException {
        Path quo = Path.of("../core/src/main/resources/org/cartellab/policy/coa/status_quo.yaml");
        Files.writeString(dir.resolve("quo.yaml"), Files.readString(quo).replace("title: Status quo (current policies continue)", "title: Baseline as I see it"));
        Run ok = run("coa", "list", "--catalog", dir.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("Baseline as I see it");
        assertThat(ok.err()).contains("note: status_quo: ").contains("replaces the bundled entry");

        Files.writeString(dir.resolve("quo.yaml"), Files.readString(quo).replace("level: 1", "level: 7"));
        Run bad = run("coa", "show", "status_quo", "--catalog", dir.toString());
        assertThat(bad.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("quo.yaml, line ").contains("field 'risks.harm_to_us_persons.level'").contains("0 to 4");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void badFormatIsRejected() {
        assertThat(run("coa", "list", "--format", "xml").exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    }
}
