package org.cartellab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.Sentences;
import org.cartellab.model.Intervention;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.model.Schedule;
import org.cartellab.scenario.CohortScenarioRunner;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad parameter values, bad scenarios and bad sentence files get one clear message naming the field and line. */
class CohortInputTest {
    @TempDir
    Path dir;

    private static DataFormatException params(Map<String, Double> p) {
        try {
            CohortParameters.fromScenario("s.yaml", p);
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("accepted " + p);
    }

    @Test
    void badParameterValuesNameTheField() {
        assertThat(params(Map.of("arrest", 1.5)).field()).isEqualTo("parameters.arrest");
        assertThat(params(Map.of("cohort_year", 1990.5)).field()).isEqualTo("parameters.cohort_year");
        assertThat(params(Map.of("cohort_year", 1800.0)).getMessage()).contains("1900");
        assertThat(params(Map.of("initial_members", 10.5)).field()).isEqualTo("parameters.initial_members");
        assertThat(params(Map.of("max_recruitment_age", 14.0)).getMessage()).contains("max_recruitment_age");
        assertThat(params(Map.of("recruitment", 1e-4)).getMessage()).contains("give saturation explicitly");
        assertThat(params(Map.of("equilibrium_size", 0.0)).field()).isEqualTo("parameters.equilibrium_size");
    }

    @Test
    void scenarioNamesAndEngineNamesAgree() {
        assertThat(ModelKind.COHORT.parameters()).containsExactlyInAnyOrderElementsOf(CohortParameters.NAMES);
    }

    @Test
    void tooStrongSaturationIsNumericalTroubleNotAClamp() {
        CohortRates rates = new CohortRates(CohortParameters.REFERENCE.with("saturation", 0.5), Schedule.NONE, 10);
        assertThatThrownBy(() -> CohortTimeSeries.simulate(rates, 1L)).isInstanceOf(NumericalTroubleException.class)
                .hasMessageContaining("exceed");
    }

    @Test
    void goodOverridesApply() {
        CohortParameters p = CohortParameters.fromScenario("s", Map.of("cohort_year", 1985.0, "max_recruitment_age", 40.0, "saturation", 2e-9));
        assertThat(p.cohortYear()).isEqualTo(1985);
        assertThat(p.maxRecruitmentAge()).isEqualTo(40);
        assertThat(p.effectiveSaturation()).isEqualTo(2e-9);
    }

    @Test
    void scenarioFileForTheCohortModel() {
        Scenario s = ScenarioParser.parse("c.yaml", "model: cohort\nseed: 3\nparameters:\n  max_recruitment_age: 30\n"
                + "interventions:\n  - week: 2974\n    multiply: {arrest: 2}\n");
        assertThat(s.model()).isEqualTo(ModelKind.COHORT);
        assertThat(s.weeks()).isEqualTo(4227);
        assertThatThrownBy(() -> ScenarioParser.parse("c.yaml", "model: cohort\ninterventions:\n  - week: 10\n    set: {max_recruitment_age: 30}\n"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("line 4").hasMessageContaining("fixed at the start");
    }

    @Test
    void interventionsThatPushARateOutOfRangeAreRejected() {
        Scenario s = new Scenario("x", ModelKind.COHORT, 600, 1, Map.of(), List.of(Intervention.multiply(100, Map.of("arrest", 2000.0))));
        assertThatThrownBy(() -> CohortScenarioRunner.rates(s)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("interventions").hasMessageContaining("week 100");
        Scenario network = new Scenario("n", ModelKind.NETWORK, 10, 1, Map.of(), List.of());
        assertThatThrownBy(() -> CohortScenarioRunner.rates(network)).isInstanceOf(DataFormatException.class).hasMessageContaining("'cohort'");
    }

    private DataFormatException badSentences(String text) throws Exception {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, text);
        try {
            Sentences.read(f);
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("accepted " + text);
    }

    @Test
    void badSentenceLinesNameLineAndField() throws Exception {
        DataFormatException e = badSentences("ID,SENTENCE\n1,2.5\n2,abc\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("SENTENCE");
        assertThat(badSentences("ID,SENTENCE\n1,0\n").getMessage()).contains("line 2").contains("above 0");
        assertThat(badSentences("ID,SENTENCE\n1,-3\n").line()).isEqualTo(2);
        assertThat(badSentences("ID,SENTENCE\n1,NaN\n").line()).isEqualTo(2);
        assertThat(badSentences("ID,SENTENCE\n1,1e6\n").getMessage()).contains("at most 200");
        assertThat(badSentences("ID,SENTENCE\n1,\n").getMessage()).contains("empty");
        assertThat(badSentences("ID,YEARS\n1,2\n").field()).isEqualTo("SENTENCE");
        assertThat(badSentences("ID,SENTENCE\n").getMessage()).contains("no sentences");
        assertThat(badSentences("ID,SENTENCE\n1,2,3\n").getMessage()).contains("expected 2 fields");
    }

    @Test
    void bundledSentencesLoad() {
        Sentences s = Sentences.bundled();
        assertThat(s.size()).isEqualTo(40_297);
        assertThat(Arrays.stream(s.years()).min().orElseThrow()).isGreaterThan(0);
    }
}
