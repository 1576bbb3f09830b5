package org.cartellab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network files bundled in core against the originals in ../shared/data: every id, state and weight equal; names
 * differ only for the person-labelled groups, which carry their neutral label; no such person's name survives anywhere.
 */
class BundledCopiesTest {
    static Map<String, String> neutral;
    static Set<String> personNames;

    @BeforeAll
    static void readLabels() {
        neutral = new HashMap<>();
        for (CsvTable.Row r : CsvTable.read(SharedFiles.data(DataSet.PERSON_LABELS.file()), "Node", "NeutralLabel").rows()) {
            neutral.put(r.text("Node"), r.text("NeutralLabel"));
        }
        assertThat(neutral).hasSize(35);
        personNames = new HashSet<>();
        for (CsvTable.Row r : original(DataSet.NODES).rows()) {
            if (neutral.containsKey(r.text("Node"))) {
                personNames.add(r.text("Group"));
                personNames.add(r.text("ShortName"));
            }
        }
    }

    static CsvTable original(DataSet set) { return CsvTable.read(SharedFiles.data(set.file())); }

    static CsvTable bundled(DataSet set) { return CsvTable.resource(set.file()); }

    @Test
    void nodesMatchExceptForNeutralLabels() {
        CsvTable orig = original(DataSet.NODES);
        CsvTable ours = bundled(DataSet.NODES);
        assertThat(ours.header()).isEqualTo(orig.header());
        assertThat(ours.rows()).hasSameSizeAs(orig.rows()).hasSize(150);
        int relabelled = 0;
        for (int k = 0; k < orig.rows().size(); k++) {
            CsvTable.Row o = orig.rows().get(k);
            CsvTable.Row b = ours.rows().get(k);
            String node = o.text("Node");
            assertThat(b.text("Node")).isEqualTo(node);
            assertThat(b.text("State")).as(node).isEqualTo(o.text("State"));
            String label = neutral.get(node);
            if (label != null) relabelled++;
            assertThat(b.text("Group")).as(node).isEqualTo(label != null ? label : o.text("Group"));
            assertThat(b.text("ShortName")).as(node).isEqualTo(label != null ? label : o.text("ShortName"));
        }
        assertThat(relabelled).isEqualTo(35);
    }

    @Test
    void rivalriesMatchExceptForNeutralLabels() { edgesMatch(DataSet.RIVALRIES); }

    @Test
    void alliancesMatchExceptForNeutralLabels() { edgesMatch(DataSet.ALLIANCES); }

    private void edgesMatch(DataSet set) {
        CsvTable orig = original(set);
        CsvTable ours = bundled(set);
        assertThat(ours.header()).isEqualTo(orig.header());
        assertThat(ours.rows()).hasSameSizeAs(orig.rows()).isNotEmpty();
        for (int k = 0; k < orig.rows().size(); k++) {
            CsvTable.Row o = orig.rows().get(k);
            CsvTable.Row b = ours.rows().get(k);
            String edge = o.text("Edge");
            assertThat(b.text("Edge")).isEqualTo(edge);
            assertThat(b.text("Node")).as(edge).isEqualTo(o.text("Node"));
            assertThat(b.text("RNode")).as(edge).isEqualTo(o.text("RNode"));
            assertThat(b.number("weight")).as(edge).isEqualTo(o.number("weight"));
            assertThat(b.text("Group")).as(edge).isEqualTo(neutral.getOrDefault(o.text("Node"), o.text("Group")));
            assertThat(b.text("RGroup")).as(edge).isEqualTo(neutral.getOrDefault(o.text("RNode"), o.text("RGroup")));
        }
    }

    /**
     * No field of any bundled network file equals a person's name from the original, and no name of four characters or
     * more occurs even inside a field (shorter ones, such as a one-letter alias, would match ordinary words).
     */
    @Test
    void noPersonNameSurvivesInTheBundledCopies() throws IOException {
        assertThat(personNames).hasSizeGreaterThan(35);
        for (DataSet set : List.of(DataSet.NODES, DataSet.RIVALRIES, DataSet.ALLIANCES, DataSet.PERSON_LABELS)) {
            CsvTable table = bundled(set);
            for (CsvTable.Row row : table.rows()) {
                for (String column : table.header()) {
                    assertThat(personNames).as("%s line %d %s", set.file(), row.line(), column).doesNotContain(row.text(column));
                }
            }
            String text = raw(set.file());
            for (String name : personNames) {
                if (name.length() >= 4) assertThat(text).as(set.file()).doesNotContain(name);
            }
        }
    }

    private static String raw(String resource) throws IOException {
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
