package org.cartellab.scenario;

import java.util.List;
import org.cartellab.cohort.AgeSnapshot;
import org.cartellab.cohort.BirthCohortOutcome;
import org.cartellab.cohort.CohortAnalysis;
import org.cartellab.cohort.CohortParameters;
import org.cartellab.cohort.RecidivismOutcome;
import org.cartellab.model.WeeklyTable;

/** What a {@code model: cohort} scenario produces: weekly.csv's table plus the cohort model's own outputs. */
public record CohortScenarioResult(Scenario scenario, CohortParameters parameters, CohortAnalysis.Result analysis) {
    /** Weekly active, recruited, incapacitated, killed (deaths) and exited, counts in each week; cum_* from 1965. */
    public WeeklyTable weekly() { return analysis.run().weekly(); }

    /** Age distribution of the active on every 1 January. */
    public List<AgeSnapshot> ages() { return analysis.run().ages().snapshots(); }

    /** The followed birth cohort (cohort_year), ever and by year. */
    public BirthCohortOutcome cohort() { return analysis.run().cohort(); }

    /** Release follow-up at the scenario's sentence multiplier (and its interventions). */
    public RecidivismOutcome recidivism() { return analysis.recidivism(); }

    /** The follow-up at every α of the grid. */
    public List<RecidivismOutcome> alphaCurve() { return analysis.alphaCurve(); }
}
