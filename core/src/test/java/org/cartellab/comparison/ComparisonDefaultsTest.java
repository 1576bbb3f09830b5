package org.cartellab.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cartellab.data.DataFormatException;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.policy.Range;
import org.junit.jupiter.api.Test;

class ComparisonDefaultsTest {
    static final String GOOD = """
            cooperation_dependent_incapacitation:
              range: {low: 0.1, central: 0.2, high: 0.3}
              evidence: {sources: [seed-004], assumption: true, rationale: test}
            """;

    @Test
    void theBundledShareIsAnAssumptionWithARangeAndSources() {
        DependentShare s = ComparisonDefaults.bundled().cooperationDependentIncapacitation();
        assertThat(s.range()).isEqualTo(new Range(0.25, 0.5, 0.75));
        assertThat(s.evidence().assumption()).isTrue();
        assertThat(s.evidence().sources()).contains("seed-004");
        assertThat(s.evidence().rationale()).contains("cooperation");
        assertThat(s.swept()).isTrue();
        assertThat(ComparisonOptions.defaults().cooperationDependentIncapacitation()).isEqualTo(s);
    }

    @Test
    void parsesAFileAndNamesLineAndFieldOfEveryProblem() {
        EvidenceCatalog ledger = EvidenceCatalog.bundled();
        assertThat(ComparisonDefaults.parse("d.yaml", GOOD, ledger).cooperationDependentIncapacitation().range()).isEqualTo(new Range(0.1, 0.2, 0.3));
        assertThatThrownBy(() -> ComparisonDefaults.parse("d.yaml", GOOD.replace("0.3}", "1.3}"), ledger))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("d.yaml").hasMessageContaining("line 2")
                .hasMessageContaining("cooperation_dependent_incapacitation.range.high");
        assertThatThrownBy(() -> ComparisonDefaults.parse("d.yaml", GOOD.replace("seed-004", "no-such-source"), ledger))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("no-such-source");
        assertThatThrownBy(() -> ComparisonDefaults.parse("d.yaml", GOOD.replace("sources: [seed-004], assumption: true, ", ""), ledger))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("assumption");
        assertThatThrownBy(() -> ComparisonDefaults.parse("d.yaml", GOOD + "magic: 3\n", ledger))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("line 4").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> ComparisonDefaults.parse("d.yaml", GOOD.replace("low: 0.1, central: 0.2", "low: 0.25, central: 0.2"), ledger))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("low <= central <= high");
    }
}
