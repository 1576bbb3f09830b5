package org.cartellab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cartellab.assessment.Criterion;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/** Issue 10, kind 5: one strict reading with YAML 1.2 core-schema numbers for every format. */
class StrictReadingTest {
    @Test
    void leadingZerosAreDecimalEverywhere() {
        CriterionWeights w = CriterionWeights.parse("w.yaml", "members_change: 010\n");
        assertThat(w.weights().get(Criterion.fromId("members_change"))).isEqualTo(10.0);
        Scenario s = ScenarioParser.parse("s.yaml", "model: network\nweeks: 0520\n");
        assertThat(s.weeks()).isEqualTo(520);
        assertThat(YamlNodes.coreInteger("0o10")).isEqualTo(8L);
        assertThat(YamlNodes.coreInteger("0x1F")).isEqualTo(31L);
    }

    @Test
    void javaSyntaxAndQuotedNumbersAreRefused() {
        for (String v : new String[] {"1d", "0x1p3", "1_000", "Infinity", "NaN", ".inf", "1f", "\"5\"", "'5'"}) {
            assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", "model: network\nparameters: {recruitment: " + v + "}\n"))
                    .as(v).isInstanceOf(DataFormatException.class).hasMessageContaining("parameters.recruitment");
            assertThatThrownBy(() -> CriterionWeights.parse("w.yaml", "members_change: " + v + "\n"))
                    .as(v).isInstanceOf(DataFormatException.class).hasMessageContaining("members_change");
        }
    }

    @Test
    void duplicateKeysAndUnknownCriteriaAreRefused() {
        assertThatThrownBy(() -> CriterionWeights.parse("w.json", "{\"members_change\": 1, \"members_change\": 2}"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("w.json");
        assertThatThrownBy(() -> CriterionWeights.parse("w.yaml", "members_chnage: 1\n"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> ScenarioParser.parse("s.yaml", "model: network\nweeks: 10\nweeks: 20\n"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("line 3");
    }
}
