package org.cartellab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.data.DataFormatException;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.scenario.ModelKind;
import org.cartellab.scenario.NetworkScenarioRunner;
import org.cartellab.scenario.Scenario;
import org.cartellab.scenario.ScenarioParser;

/**
 * Issue 10's fuzz suite (fast slice, 300 tries each): generated scenario and weights files, each either runs or gets
 * one clear message (a DataFormatException naming the source, or numerical trouble); any other exception fails the
 * property, so the count of crashes is 0 whenever the test passes. {@link InputFuzzHeavyTest} runs 100,000 each.
 */
class InputFuzzTest {
    static final ConflictNetwork NETWORK = ConflictNetwork.of(org.cartellab.data.BundledData.network());
    static final AtomicLong RUNS = new AtomicLong();
    static final AtomicLong MESSAGES = new AtomicLong();

    static Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "1", "010", "0520", "-1", "1e308", "1e-308", "1d", "0x1p3", "0o17", "0x1F", "1_000", "NaN", ".inf",
                        "-.inf", "Infinity", "\"5\"", "'2'", "[]", "{}", "~", "null", "true", "abc", "9999999999999999999", "\"\"", "\"\\n\""),
                Arbitraries.doubles().between(0, 4).ofScale(4).map(String::valueOf),
                Arbitraries.integers().between(-5, 3000).map(String::valueOf));
    }

    static Arbitrary<String> key() {
        return Arbitraries.of("recruitment", "incapacitation", "conflict", "saturation", "initial_members", "arrest", "killing",
                "recruitmnet", "cohort_year", "weeks", "\"bad\\nkey\"", "<<", "&a x", "*a");
    }

    @Provide
    Arbitrary<String> scenarios() {
        Arbitrary<String> model = Arbitraries.of("network", "network", "network", "cohort", "other", "[network]");
        Arbitrary<String> weeks = Arbitraries.oneOf(Arbitraries.integers().between(0, 700).map(String::valueOf), number());
        Arbitrary<String> params = Combinators.combine(key(), number()).as((k, v) -> "  " + k + ": " + v + "\n").list().ofMaxSize(4)
                .map(l -> l.isEmpty() ? "" : "parameters:\n" + String.join("", l));
        Arbitrary<String> intervention = Combinators.combine(Arbitraries.integers().between(-2, 700),
                        Arbitraries.of("multiply", "set", "ramp", "shift"), key(), number(),
                        Arbitraries.of("", "    over: 10\n", "    over: 0\n", "    over: x\n"))
                .as((w, kind, k, v, over) -> "  - week: " + w + "\n    " + kind + ": {" + k + ": " + v + "}\n" + over);
        Arbitrary<String> interventions = intervention.list().ofMaxSize(5).map(l -> l.isEmpty() ? "" : "interventions:\n" + String.join("", l));
        Arbitrary<String> extra = Arbitraries.of("", "", "seed: 7\n", "seed: abc\n", "name: \"\\e[2J\"\n", "unknown: 1\n", "model: network\n", "weeks: 10\n");
        return Combinators.combine(model, weeks, params, interventions, extra)
                .as((m, w, p, i, x) -> "model: " + m + "\nweeks: " + w + "\n" + p + i + x);
    }

    @Provide
    Arbitrary<String> weights() {
        Arbitrary<String> crit = Arbitraries.of("members_change", "casualties_change", "legal_burden", "escalation", "harm_to_us_persons", "nope");
        return Combinators.combine(crit, number()).as((c, v) -> c + ": " + v + "\n").list().ofMaxSize(4).map(l -> String.join("", l));
    }

    static void scenarioEitherRunsOrSaysWhy(String text) {
        Scenario s;
        try {
            s = ScenarioParser.parse("fuzz.yaml", text);
        } catch (DataFormatException e) {
            assertThat(e.getMessage()).startsWith("fuzz.yaml");
            MESSAGES.incrementAndGet();
            return;
        }
        if (s.model() != ModelKind.NETWORK) {
            RUNS.incrementAndGet();
            return;
        }
        try {
            new NetworkScenarioRunner(NETWORK).run(s);
            RUNS.incrementAndGet();
        } catch (NumericalTroubleException e) {
            MESSAGES.incrementAndGet();
        }
    }

    static void weightsEitherParseOrSayWhy(String text) {
        try {
            CriterionWeights.parse("w.yaml", text);
            RUNS.incrementAndGet();
        } catch (DataFormatException e) {
            assertThat(e.getMessage()).startsWith("w.yaml");
            MESSAGES.incrementAndGet();
        }
    }

    @Property(tries = 300)
    void scenarioFiles(@ForAll("scenarios") String text) { scenarioEitherRunsOrSaysWhy(text); }

    @Property(tries = 300)
    void weightsFiles(@ForAll("weights") String text) { weightsEitherParseOrSayWhy(text); }

    @AfterContainer
    static void report() {
        System.out.printf("fuzz: %d inputs ran or parsed, %d got one clear message, 0 crashes%n", RUNS.get(), MESSAGES.get());
    }
}
