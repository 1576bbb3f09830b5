package org.cartellab.scenario;

import org.cartellab.cohort.CohortAnalysis;
import org.cartellab.cohort.CohortParameters;
import org.cartellab.cohort.CohortRates;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.Sentences;

/**
 * Runs a {@code model: cohort} scenario: parameters by name over {@link CohortParameters#REFERENCE}, interventions
 * from their week on, the seed for every draw. Bad values are {@link DataFormatException}s naming the scenario and
 * the field.
 */
public final class CohortScenarioRunner {
    private CohortScenarioRunner() {}

    /** The scenario with the default analysis options (α from 0 to 2, 100 sensitivity runs) and the bundled sentences. */
    public static CohortScenarioResult run(Scenario scenario) {
        return run(scenario, CohortAnalysis.Options.DEFAULT, Sentences.bundled(), CohortAnalysis.Progress.NONE);
    }

    public static CohortScenarioResult run(Scenario scenario, CohortAnalysis.Options options, Sentences sentences,
                                           CohortAnalysis.Progress progress) {
        CohortRates rates = rates(scenario);
        return new CohortScenarioResult(scenario, rates.base(), CohortAnalysis.run(rates, scenario.seed(), sentences, options, progress));
    }

    /** The weekly rates a scenario implies, validated. */
    public static CohortRates rates(Scenario scenario) {
        String source = "scenario '" + scenario.name() + "'";
        if (scenario.model() != ModelKind.COHORT) {
            throw new DataFormatException(source, 0, "model", "expected 'cohort' for the cohort runner, found '" + scenario.model().id() + "'");
        }
        CohortParameters p = CohortParameters.fromScenario(source, scenario.parameters());
        try {
            return new CohortRates(p, scenario.schedule(), scenario.weeks());
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, "interventions", e.getMessage());
        }
    }
}
