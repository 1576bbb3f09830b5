package org.cartellab.scenario;

import org.cartellab.cohort.CohortAnalysis;
import org.cartellab.cohort.CohortParameters;
import org.cartellab.cohort.CohortRates;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.Sentences;
import org.cartellab.progress.ProgressListener;

/**
 * Runs a {@code model: cohort} scenario: parameters by name over {@link CohortParameters#REFERENCE}, interventions
 * from their week on, the seed for every draw. Bad values are {@link DataFormatException}s naming the scenario and
 * the field.
 */
public final class CohortScenarioRunner {
    private CohortScenarioRunner() {}

    /**
     * Runs a {@code model: cohort} scenario with the default analysis options (α from 0 to 2, 100 sensitivity runs)
     * and the bundled sentences: weeks 0 to {@code scenario.weeks()} from 1965-01-01 ({@link org.cartellab.model.ModelClock#COHORT}),
     * flows as counts of people per week, one seed ({@code scenario.seed()}).
     *
     * @throws DataFormatException when the scenario is not a cohort scenario or its parameters or interventions are invalid
     * @throws org.cartellab.model.NumericalTroubleException when the weekly recursion leaves the valid range
     */
    public static CohortScenarioResult run(Scenario scenario) {
        return run(scenario, CohortAnalysis.Options.DEFAULT, Sentences.bundled(), ProgressListener.NONE);
    }

    public static CohortScenarioResult run(Scenario scenario, CohortAnalysis.Options options, Sentences sentences,
                                           ProgressListener progress) {
        CohortRates rates = rates(scenario);
        return new CohortScenarioResult(scenario, rates.base(), CohortAnalysis.run(rates, scenario.seed(), sentences, options, progress));
    }

    /**
     * The weekly rates a scenario implies (the published parameters with its overrides, changed from each
     * intervention's week on), validated.
     *
     * @throws DataFormatException naming the scenario and the field when the model is not cohort or a value is invalid
     */
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
