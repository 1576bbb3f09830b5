package org.cartellab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.cartellab.calibration.ParameterBounds;
import org.cartellab.cohort.CohortParameters;
import org.cartellab.network.NetworkParameters;
import org.cartellab.scenario.ModelKind;
import org.cartellab.uncertainty.CalibrationBounds;
import org.junit.jupiter.api.Test;

/** The declarations are the one source: the records, ModelKind and the calibration bounds agree with them. */
class ModelParametersTest {
    @Test
    void networkRecordReadsTheDeclarations() {
        assertThat(NetworkParameters.NAMES).containsExactly("recruitment", "incapacitation", "conflict", "saturation", "initial_members");
        for (ModelParameter p : ModelParameters.NETWORK.parameters()) {
            assertThat(NetworkParameters.REFERENCE.get(p.name())).as(p.name()).isEqualTo(p.value());
            assertThat(p.calibrationBox().contains(p.value())).as(p.name() + " inside the paper's box").isTrue();
        }
        // The published fit as printed in the paper's supplementary material.
        assertThat(NetworkParameters.REFERENCE).isEqualTo(new NetworkParameters(2.527474e-3, 110, 1.549231e-8, 4.0e-8, 115_000));
        assertThat(ModelKind.NETWORK.parameters()).isEqualTo(ModelParameters.NETWORK.names());
        assertThat(ModelKind.NETWORK.isStartOnly("initial_members")).isTrue();
        assertThat(ModelKind.NETWORK.isStartOnly("recruitment")).isFalse();
        assertThat(ModelParameters.NETWORK.scalable()).containsExactly("recruitment", "incapacitation", "conflict", "saturation");
    }

    @Test
    void calibrationBoundsComeFromTheDeclarations() {
        assertThat(CalibrationBounds.PAPER.low()).isEqualTo(new NetworkParameters(2e-3, 110, 1e-8, 4e-8, 110_000));
        assertThat(CalibrationBounds.PAPER.high()).isEqualTo(new NetworkParameters(3e-3, 120, 2e-8, 10e-8, 115_000));
        assertThat(ParameterBounds.PAPER.lower()).isEqualTo(CalibrationBounds.PAPER.low());
        assertThat(ParameterBounds.PAPER.upper()).isEqualTo(CalibrationBounds.PAPER.high());
    }

    @Test
    void cohortRecordReadsTheDeclarations() {
        assertThat(CohortParameters.NAMES).isEqualTo(ModelParameters.COHORT.names()).hasSize(13);
        assertThat(ModelKind.COHORT.parameters()).isEqualTo(CohortParameters.NAMES);
        for (ModelParameter p : ModelParameters.COHORT.parameters()) {
            if (p.derived()) continue;
            assertThat(CohortParameters.REFERENCE.get(p.name())).as(p.name()).isEqualTo(p.value());
        }
        assertThat(CohortParameters.REFERENCE.effectiveSaturation()).isCloseTo((370.0 / 175_000 - 5_700.0 / 52 / 175_000 - 6_500.0 / 52 / 175_000) / 600_000,
                offset(1e-20));
        assertThat(ModelKind.COHORT.isStartOnly("cohort_year")).isTrue();
        assertThat(ModelKind.COHORT.isStartOnly("sentence_multiplier")).isFalse();
    }

    @Test
    void valuesOutsideTheDeclaredIntervalAreRefusedWithTheName() {
        assertThatThrownBy(() -> NetworkParameters.REFERENCE.with("conflict", -1)).hasMessageContaining("conflict must be a finite number >= 0");
        assertThatThrownBy(() -> CohortParameters.REFERENCE.with("arrest", 1.5)).hasMessageContaining("arrest must be a number from 0 to 1");
        assertThatThrownBy(() -> CohortParameters.REFERENCE.with("initial_members", 10.5)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> ModelParameters.NETWORK.get("omega")).hasMessageContaining("expected one of recruitment, incapacitation");
    }
}
