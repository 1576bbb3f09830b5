package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.RecordLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cartel-lab timeline and claims: filters, JSON, the review date, and exit 2 with file, line and field on bad input. */
class RecordVerbsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void timelineFiltersByKindCourseAndDateAndShowsTheReviewDate() {
        CliRunner r = CliRunner.run("timeline", "--kind", "transfer");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("As of 2026-11-29").contains("Timeline: 3 of ").contains("2025-02-27  transfer")
                .contains("2025-08-12  transfer").contains("2026-01-20  transfer").doesNotContain("  strike  ");
        CliRunner since = CliRunner.run("timeline", "--course", "border_troops_tariffs", "--since", "2026-01-01");
        assertThat(since.out()).contains("2026-02-20  court_ruling").doesNotContain("2025-02  deployment");
        CliRunner authorisations = CliRunner.run("timeline", "--kind", "authorisation");
        assertThat(authorisations.out()).contains("2025-09-30  authorisation").doesNotContain("UNVERIFIED  [");
    }

    @Test
    void timelineFlagsAnUnverifiedEventAndCountsIt(@TempDir Path dir) throws IOException {
        // every bundled authorisation is confirmed, so mark one unconfirmed in a copy
        String bundled = RecordLoader.resource(RecordLoader.TIMELINE);
        String one = bundled.replaceFirst("(id: ev-2025-09-30-mx-senate-training\\n(?:.*\\n)*?    )verified: true\\n", "$1verified: false\n    note: not confirmed (test copy)\n");
        assertThat(one).isNotEqualTo(bundled);
        Path file = dir.resolve("timeline.yaml");
        Files.writeString(file, one);
        CliRunner r = CliRunner.run("timeline", "--file", file.toString(), "--kind", "authorisation");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2025-09-30  authorisation  UNVERIFIED").contains("1 unverified");
    }

    @Test
    void timelineJsonCarriesAsOfFiltersAndDatedSources() throws IOException {
        CliRunner r = CliRunner.run("timeline", "--course", "transfers_extradition", "--json");
        assertThat(r.exit()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("as_of").asText()).isEqualTo("2026-11-29");
        assertThat(doc.get("filters").get("course").asText()).isEqualTo("transfers_extradition");
        assertThat(doc.get("count").asInt()).isEqualTo(doc.get("events").size()).isGreaterThanOrEqualTo(3);
        for (JsonNode e : doc.get("events")) {
            assertThat(e.get("courses").toString()).contains("transfers_extradition");
            assertThat(e.get("sources").size()).isPositive();
            for (JsonNode s : e.get("sources")) assertThat(s.get("date").asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        }
    }

    @Test
    void precedentsAndPositionsAreListedByCourse() {
        CliRunner p = CliRunner.run("timeline", "--precedents", "--course", "capture_operations");
        assertThat(p.exit()).isZero();
        assertThat(p.out()).contains("Precedent library").contains("[panama-1989]").contains("44/240").contains("[alvarez-machain-1992]")
                .doesNotContain("[plan-colombia]");
        CliRunner s = CliRunner.run("timeline", "--positions", "--course", "vessel_strikes");
        assertThat(s.out()).contains("United States on vessel_strikes").contains("Mexico on vessel_strikes");
    }

    @Test
    void claimsFilterByStatusAndSeed() throws IOException {
        CliRunner f = CliRunner.run("claims", "--status", "false");
        assertThat(f.exit()).isZero();
        assertThat(f.out()).contains("As of 2026-11-29").contains("[c-004-300k-deaths]").contains("CDC").doesNotContain("CONFIRMED  [");
        CliRunner seed = CliRunner.run("claims", "--seed", "002", "--json");
        JsonNode doc = JSON.readTree(seed.out());
        assertThat(doc.get("as_of").asText()).isEqualTo("2026-11-29");
        int expected = PublicRecord.bundled().claims().select(null, "002").size();
        assertThat(doc.get("claims").size()).isEqualTo(expected).isGreaterThanOrEqualTo(8);
        for (JsonNode c : doc.get("claims")) assertThat(c.get("seeds").toString()).contains("002");
        assertThat(doc.get("counts_by_status").get("false").asInt()).isPositive();
    }

    @Test
    void badFiltersExitTwoWithOneLine() {
        for (String[] args : new String[][] {{"timeline", "--kind", "raid"}, {"timeline", "--since", "2025-13-01"},
                {"timeline", "--course", "invade"}, {"claims", "--status", "maybe"}, {"claims", "--seed", "009"},
                {"timeline", "--precedents", "--positions"}}) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).count()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aBadTimelineFileNamesFileLineAndFieldAndExitsTwo(@TempDir Path dir) throws IOException {
        String good = RecordLoader.resource(RecordLoader.TIMELINE);
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, good);
        assertThat(CliRunner.run("timeline", "--file", ok.toString()).exit()).isZero();

        String bad = good.replaceFirst("date: 2025-01-29, url", "url"); // the first event's primary source loses its date
        Path file = dir.resolve("timeline.yaml");
        Files.writeString(file, bad);
        CliRunner r = CliRunner.run("timeline", "--file", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(file.toString()).contains("line ").contains("events[0].sources[0].date").contains("date it was published");
        assertThat(r.out()).isEmpty();

        Path claims = dir.resolve("claims.yaml");
        Files.writeString(claims, RecordLoader.resource(RecordLoader.CLAIMS).replaceFirst("status: false", "status: wrong"));
        CliRunner c = CliRunner.run("claims", "--file", claims.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("claims[0].status").contains("'wrong'");
        assertThat(CliRunner.run("claims", "--file", dir.resolve("missing.yaml").toString()).exit()).isEqualTo(2);
    }

    @Test
    void coaShowLinksEachCitedSeedToItsFlaggedClaimsAndTheCourseToTheRecord() throws IOException {
        CliRunner r = CliRunner.run("coa", "show", "strikes_without_consent");
        assertThat(r.exit()).isZero();
        int flagged = PublicRecord.bundled().claims().flagged("001").size();
        assertThat(r.out()).contains("seed-001: " + flagged + " flagged claims (conflicting, lower bound, unverified or false) - see cartel-lab claims --seed 001")
                .contains("Public record (as of 2026-11-29)").contains("cartel-lab timeline --course strikes_without_consent")
                .contains("MX (2025-08-11)");
        JsonNode doc = JSON.readTree(CliRunner.run("coa", "show", "strikes_without_consent", "--format", "json").out());
        assertThat(doc.get("public_record").get("as_of").asText()).isEqualTo("2026-11-29");
        assertThat(doc.get("public_record").get("events").size()).isPositive();
        for (JsonNode s : doc.get("seeds")) {
            assertThat(s.get("claims").get("flagged_claims").asInt()).isEqualTo(PublicRecord.bundled().claims().flagged(s.get("seed").asText()).size());
        }
    }
}
