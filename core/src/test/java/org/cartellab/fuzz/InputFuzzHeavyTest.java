package org.cartellab.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.Tag;

/** The heavy-profile fuzz: 100,000 generated scenario files and 100,000 weights files (InputFuzzTest's generators). */
@Tag("slow")
class InputFuzzHeavyTest {
    private final InputFuzzTest generators = new InputFuzzTest();

    @Provide
    Arbitrary<String> scenarios() { return generators.scenarios(); }

    @Provide
    Arbitrary<String> weights() { return generators.weights(); }

    @Property(tries = 100_000)
    void manyScenarioFiles(@ForAll("scenarios") String text) { InputFuzzTest.scenarioEitherRunsOrSaysWhy(text); }

    @Property(tries = 100_000)
    void manyWeightsFiles(@ForAll("weights") String text) { InputFuzzTest.weightsEitherParseOrSayWhy(text); }

    @AfterContainer
    static void report() { InputFuzzTest.report(); }
}
