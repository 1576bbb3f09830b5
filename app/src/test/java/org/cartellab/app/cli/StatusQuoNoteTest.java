package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beside every view of the ranking, the sentence that the status quo ranks high partly by construction, with the
 * matrix's own figures, in the terminal, matrix.json and the report, in English and Spanish.
 */
class StatusQuoNoteTest {
    @Test
    void compareSaysWhyTheStatusQuoRanksHighWithTheMatrixFigures(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out");
        CliRunner r = CliRunner.run("compare", "status_quo", "recruitment_prevention", "us_demand_reduction", "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(Files.readString(dir.resolve("matrix.json")));
        JsonNode sq = null;
        for (JsonNode row : m.get("rows")) if (row.get("status_quo").asBoolean()) sq = row;
        assertThat(sq).isNotNull();
        JsonNode adv = m.get("status_quo_advantage");
        assertThat(adv.isNull()).as("the status quo ranks %d here with no legal burden", sq.get("rank").asInt()).isFalse();
        assertThat(adv.get("rank").asInt()).isEqualTo(sq.get("rank").asInt());
        assertThat(adv.get("score").asDouble()).isEqualTo(sq.get("score").asDouble());
        assertThat(adv.get("legal_score").asDouble()).isEqualTo(sq.get("normalised").get("legal_burden").asDouble());
        String score = String.format(Locale.ROOT, "score %.3f", sq.get("score").asDouble());
        assertThat(adv.get("note").asText()).contains("partly by construction", score, "ranked " + sq.get("rank").asInt() + " of 3");
        assertThat(r.out()).contains(adv.get("note").asText());
        assertThat(Files.readString(dir.resolve("report.html"))).contains("id=\"status-quo-note\"", "partly by construction", score);

        CliRunner es = CliRunner.run("compare", "status_quo", "recruitment_prevention", "us_demand_reduction", "--lang", "es");
        assertThat(es.exit()).as(es.err()).isZero();
        assertThat(es.out()).contains("en parte por construcción", String.format(Locale.ROOT, "puntuación %.3f", sq.get("score").asDouble()))
                .doesNotContain("partly by construction");
    }
}
