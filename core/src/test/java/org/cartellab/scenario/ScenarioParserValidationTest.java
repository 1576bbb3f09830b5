package org.cartellab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.cartellab.data.DataFormatException;
import org.cartellab.model.Intervention;
import org.junit.jupiter.api.Test;

/** Every way a scenario file can be wrong gets one message naming the file, the line and the field. */
class ScenarioParserValidationTest {
    static final String FILE = "test.yaml";

    static void fails(String yaml, long line, String field, String problem) {
        assertThatThrownBy(() -> ScenarioParser.parse(FILE, yaml))
                .isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo(FILE);
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.field()).as("field").isEqualTo(field);
                })
                .hasMessageStartingWith(field == null ? FILE + ", line " + line + ": " : FILE + ", line " + line + ", field '" + field + "': ")
                .hasMessageContaining(problem);
    }

    @Test
    void aValidFileParsesToWhatItSays() {
        Scenario s = ScenarioParser.parse(FILE, """
                name: Mixed
                model: network
                weeks: 780
                seed: 9
                parameters: {incapacitation: 115, initial_members: 112000}
                interventions:
                  - week: 520
                    multiply: {recruitment: 0.5, conflict: 2}
                  - week: 520
                    set: {incapacitation: 150}
                  - week: 600
                    ramp: {saturation: 3}
                    over: 52
                """);
        assertThat(s.name()).isEqualTo("Mixed");
        assertThat(s.weeks()).isEqualTo(780);
        assertThat(s.seed()).isEqualTo(9);
        assertThat(s.parameters()).containsExactly(Map.entry("incapacitation", 115.0), Map.entry("initial_members", 112000.0));
        assertThat(s.interventions()).containsExactly(
                Intervention.multiply(520, Map.of("recruitment", 0.5, "conflict", 2.0)),
                Intervention.set(520, Map.of("incapacitation", 150.0)),
                Intervention.ramp(600, Map.of("saturation", 3.0), 52));
    }

    @Test
    void defaultsWhenOmitted() {
        Scenario s = ScenarioParser.parse(FILE, "model: network\n");
        assertThat(s.weeks()).isEqualTo(ModelKind.NETWORK.defaultWeeks());
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.parameters()).isEmpty();
        assertThat(s.interventions()).isEmpty();
    }

    @Test
    void unknownKeysAtEveryLevel() {
        fails("model: network\nhorizon: 520\n", 2, "horizon", "unknown key; expected one of");
        fails("model: network\nparameters:\n  recruitmnet: 0.002\n", 3, "parameters.recruitmnet", "unknown key");
        fails("model: network\nparameters:\n  arrest: 0.002\n", 3, "parameters.arrest", "unknown key");
        fails("model: network\ninterventions:\n  - week: 10\n    when: later\n    set: {recruitment: 0}\n", 4,
                "interventions[0].when", "unknown key");
        fails("model: network\ninterventions:\n  - week: 10\n    multiply:\n      recruitement: 0.5\n", 5,
                "interventions[0].multiply.recruitement", "unknown key");
        fails("model: network\nmodel: cohort\n", 2, "model", "duplicate key");
        fails("model: network\ninterventions:\n  - week: 1\n    set: {recruitment: 0, recruitment: 1}\n", 4,
                "interventions[0].set.recruitment", "duplicate key");
    }

    @Test
    void wrongTypes() {
        fails("model: network\nweeks: ten\n", 2, "weeks", "expected a whole number, found 'ten'");
        fails("model: network\nweeks: 52.5\n", 2, "weeks", "expected a whole number");
        fails("model: network\nseed: [1, 2]\n", 2, "seed", "expected a text value");
        fails("model: 3-body\n", 1, "model", "expected 'network' or 'cohort'");
        fails("model: network\nparameters:\n  - recruitment: 1\n", 3, "parameters", "expected a mapping");
        fails("model: network\nparameters:\n  conflict: lots\n", 3, "parameters.conflict", "expected a number, found 'lots'");
        fails("model: network\ninterventions:\n  week: 10\n", 3, "interventions", "expected a list");
        fails("model: network\ninterventions:\n  - week: 10\n    multiply: 0.5\n", 4, "interventions[0].multiply", "expected a mapping");
        fails("model: network\ninterventions:\n  - week: 10\n    multiply: {recruitment: half}\n", 4,
                "interventions[0].multiply.recruitment", "expected a number, found 'half'");
        fails("model: network\ninterventions:\n  - week: 10\n    ramp: {recruitment: 0.5}\n    over: 1.5\n", 5,
                "interventions[0].over", "expected a whole number");
    }

    @Test
    void missingRequiredFields() {
        fails("name: nothing else\n", 1, "model", "missing");
        fails("model: network\ninterventions:\n  - multiply: {recruitment: 0.5}\n", 3, "interventions[0].week", "missing");
        fails("model: network\ninterventions:\n  - week: 5\n", 3, "interventions[0]", "expected exactly one of multiply, set or ramp, found none");
        fails("model: network\ninterventions:\n  - week: 5\n    set: {recruitment: 0}\n    multiply: {recruitment: 1}\n", 3,
                "interventions[0]", "found multiply and set");
        fails("model: network\ninterventions:\n  - week: 5\n    multiply: {}\n", 4, "interventions[0].multiply", "at least one parameter");
    }

    @Test
    void negativeNumbers() {
        fails("model: network\nweeks: -10\n", 2, "weeks", "expected a whole number from 1 to");
        fails("model: network\nparameters:\n  incapacitation: -5\n", 3, "parameters.incapacitation", "expected a finite number >= 0, found -5");
        fails("model: network\nparameters:\n  initial_members: NaN\n", 3, "parameters.initial_members", "expected a finite number >= 0");
        fails("model: network\ninterventions:\n  - week: -1\n    set: {recruitment: 0}\n", 3, "interventions[0].week", "from 0 to");
        fails("model: network\ninterventions:\n  - week: 1\n    multiply: {recruitment: -0.5}\n", 4,
                "interventions[0].multiply.recruitment", "expected a finite number >= 0");
        fails("model: network\ninterventions:\n  - week: 1\n    ramp: {recruitment: 0.5}\n    over: -4\n", 5, "interventions[0].over", "from 1 to");
    }

    @Test
    void rampAndOverBelongTogether() {
        fails("model: network\ninterventions:\n  - week: 520\n    ramp: {recruitment: 0.5}\n", 3, "interventions[0].over",
                "a ramp needs 'over: N' weeks");
        fails("model: network\nweeks: 780\ninterventions:\n  - week: 520\n    multiply: {recruitment: 0.5}\n    over: 52\n", 6,
                "interventions[0].over", "'over' belongs to a ramp only");
        fails("model: network\ninterventions:\n  - week: 52\n    set: {recruitment: 0.002}\n    over: 52\n", 5,
                "interventions[0].over", "'over' belongs to a ramp only");
    }

    @Test
    void startOnlyParametersCannotChangeDuringARun() {
        fails("model: network\ninterventions:\n  - week: 100\n    set: {initial_members: 90000}\n", 4,
                "interventions[0].set.initial_members", "fixed at the start");
        fails("model: cohort\ninterventions:\n  - week: 100\n    multiply:\n      cohort_year: 2\n", 5,
                "interventions[0].multiply.cohort_year", "fixed at the start");
    }

    @Test
    void weekBeyondTheHorizon() {
        fails("model: network\nweeks: 780\ninterventions:\n  - week: 781\n    multiply: {recruitment: 0.5}\n", 4,
                "interventions[0].week", "expected a whole number from 0 to 780, found 781");
        // The horizon defaults to the model's (520 weeks for the network) when 'weeks' is absent.
        fails("model: network\ninterventions:\n  - week: 600\n    multiply: {recruitment: 0.5}\n", 3,
                "interventions[0].week", "from 0 to 520");
        fails("model: network\nweeks: 20000\n", 2, "weeks", "from 1 to " + ScenarioParser.MAX_WEEKS);
    }

    @Test
    void interventionsMustBeInWeekOrder() {
        fails("model: network\nweeks: 780\ninterventions:\n  - week: 520\n    multiply: {recruitment: 0.5}\n"
                + "  - week: 100\n    set: {recruitment: 0.002}\n", 6, "interventions[1].week", "week order; week 100 comes after week 520");
    }

    @Test
    void badYamlAndEmptyFiles() {
        fails("model: network\nweeks: [780\nseed: 1\n", 3, null, "not valid YAML");
        fails("model: network\n  weeks: 780\n", 2, null, "not valid YAML");
        fails("", 1, null, "the file is empty");
        fails("# only a comment\n", 1, null, "the file is empty");
        fails("- model: network\n", 1, "(top level)", "expected a mapping");
    }
}
