package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The `data` verb: bundled files, network summary, the ranked list and the note on non-cartel organisations. */
class DataCommandTest {
    @Test
    void showsFilesNetworkTopListAndTheNote() {
        CliRunner r = CliRunner.run("data", "--top", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("BACRIM2020_Nodes.csv", "150 rows", "ENPOL_sentences.csv", "Trends2012_2021.csv")
                .contains("150 organisations", "rivalry pairs", "alliance pairs")
                .contains("UPOEG", "ERPI", "community police", "insurgent")
                .contains("Top 5 by rank", "Cártel Jalisco Nueva Generación (CJNG)");
        assertThat(r.out()).doesNotContain("source:");
        long rankedRows = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+N\\d+\\s.*")).count();
        assertThat(rankedRows).isEqualTo(5);
    }

    @Test
    void provenanceAddsCitationsAndChanges() {
        CliRunner r = CliRunner.run("data", "--provenance", "--top", "0");
        assertThat(r.out()).contains("source:", "Science 381:1312", "changes:", "neutral labels", "ENPOL");
        assertThat(r.out()).doesNotContain("by rank:");
    }

    @Test
    void cartelsListsAllOrganisationsAndMarksTheNonCartelOnes() {
        CliRunner r = CliRunner.run("data", "--cartels");
        long rankedRows = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+N\\d+\\s.*")).count();
        assertThat(rankedRows).isEqualTo(150);
        assertThat(r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+N\\d+\\s+\\* .*"))
                .filter(l -> l.contains("(UPOEG)") || l.contains("(ERPI)")).count()).isEqualTo(2);
        assertThat(r.out()).contains("Group N10002 (Ciudad de México)");
    }

    @Test
    void aNegativeTopExits2() {
        assertThat(CliRunner.run("data", "--top", "-1").exit()).isEqualTo(2);
    }
}
