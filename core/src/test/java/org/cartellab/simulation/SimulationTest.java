package org.cartellab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.comparison.ComparisonRunner;
import org.cartellab.comparison.ComparisonStart;
import org.cartellab.ensemble.Distributions;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.comparison.Metric;
import org.cartellab.model.ModelClock;
import org.cartellab.progress.ProgressListener;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.NetworkParameters;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.Range;
import org.junit.jupiter.api.Test;

/** The simulator's runs are the comparison's single runs continued from the same history, and its bands come from the core runner. */
class SimulationTest {
    final Simulation simulation = Simulation.bundled();
    final double share = ComparisonOptions.defaults().cooperationDependentIncapacitation().range().central();

    @Test
    void fromThe2022StartACourseIsExactlyTheComparisonsCentralRun() {
        CourseOfAction coa = Catalog.bundled().find("strikes_without_consent").orElseThrow();
        SimulatorInput in = new SimulatorInput(NetworkParameters.REFERENCE, 1040, ModelClock.START_2022,
                SimulatorInput.course(coa, Range.Point.CENTRAL, null), share);
        SimulatorOutcome o = simulation.run(in);
        Comparison c = ComparisonRunner.reference(ComparisonOptions.defaults().withCohort(org.cartellab.policy.CohortLeverEvaluator.NONE)).compare(List.of(coa));
        CoaResult r = c.results().get(0);
        for (int y : List.of(1, 5, 10)) {
            int w = 520 + 52 * y;
            assertThat(o.scenario().weekly().get(WeeklyColumn.MEMBERS, w)).isEqualTo(r.band(y, Metric.MEMBERS).central());
            assertThat(o.scenario().weekly().get(WeeklyColumn.DEATHS, w)).isEqualTo(r.band(y, Metric.WEEKLY_CASUALTIES).central());
            assertThat(o.scenario().fromStart().value(Metric.CUMULATIVE_CASUALTIES, 52 * y)).isEqualTo(r.band(y, Metric.CUMULATIVE_CASUALTIES).central());
            assertThat(o.statusQuo().weekly().get(WeeklyColumn.MEMBERS, w)).isEqualTo(r.band(y, Metric.MEMBERS).statusQuo());
            // sentence-years: the simulator's one sum is the comparison's number (they once differed by rounding weekly values)
            assertThat(PrisonYears.total(o.scenario().prisonYears(), 520, w)).isCloseTo(r.band(y, Metric.SENTENCE_YEARS).central(), withinPercentage(1e-7));
            assertThat(PrisonYears.total(o.statusQuo().prisonYears(), 520, w)).isCloseTo(r.band(y, Metric.SENTENCE_YEARS).statusQuo(), withinPercentage(1e-7));
            assertThat(Math.round(PrisonYears.total(o.statusQuo().prisonYears(), 520, w))).isEqualTo(Math.round(r.band(y, Metric.SENTENCE_YEARS).statusQuo()));
        }
        // the history before the start is the reference run's, and cumulative columns continue it
        double[] ref = ComparisonStart.history(NetworkParameters.REFERENCE, 520).weekly().column(WeeklyColumn.CUM_DEATHS);
        assertThat(o.scenario().weekly().get(WeeklyColumn.CUM_DEATHS, 300)).isEqualTo(ref[300]);
        assertThat(o.scenario().weekly().get(WeeklyColumn.CUM_DEATHS, 600))
                .isEqualTo(ref[520] + o.scenario().fromStart().value(Metric.CUMULATIVE_CASUALTIES, 80));
        assertThat(r.assumptions()).containsAll(o.assumptions());
    }

    @Test
    void handSetLeversCompileLikeACoursesAndTheSentenceMultiplierOnlyScalesPrisonYears() {
        HandSetLevers hand = new HandSetLevers(Map.of(Lever.RECRUITMENT, 0.8), 3, 2, -0.4, 104, 1.5);
        List<LeverSetting> settings = hand.settings();
        assertThat(settings).extracting(s -> s.effect().lever())
                .containsExactly(Lever.RECRUITMENT, Lever.LEADERSHIP_REMOVAL, Lever.COOPERATION, Lever.SENTENCE_MULTIPLIER);
        SimulatorOutcome o = simulation.run(new SimulatorInput(NetworkParameters.REFERENCE, 700, 500, settings, share));
        SimulatorOutcome noSentence = simulation.run(new SimulatorInput(NetworkParameters.REFERENCE, 700, 500, settings.subList(0, 3), share));
        assertThat(o.scenario().weekly().column(WeeklyColumn.MEMBERS)).containsExactly(noSentence.scenario().weekly().column(WeeklyColumn.MEMBERS));
        double mean = simulation.prisonYears().meanSentenceYears();
        double[] cum = o.scenario().weekly().column(WeeklyColumn.CUM_INCAPACITATIONS);
        assertThat(o.scenario().prisonYears()[499]).isEqualTo((cum[499] - cum[498]) * mean);
        assertThat(o.scenario().prisonYears()[600]).isEqualTo((cum[600] - cum[599]) * mean * 1.5);
        // the split raises casualties at once
        assertThat(o.scenario().weekly().get(WeeklyColumn.DEATHS, 501)).isGreaterThan(o.statusQuo().weekly().get(WeeklyColumn.DEATHS, 501) * 1.05);
    }

    @Test
    void bandsForALeadershipRemovalComeFromThePosteriorAndDoNotDependOnThreads() {
        HandSetLevers hand = new HandSetLevers(Map.of(), 2, 3, -0.3, 52, 1);
        SimulatorInput in = new SimulatorInput(NetworkParameters.REFERENCE, 600, 520, hand.settings(), share);
        SimulatorBands bands = new SimulatorBands(simulation, Distributions.parse(Distributions.DEFAULT));
        SimulatorBands.Result one = bands.run(in, 6, 3, new EnsembleRunner(1, 4), ProgressListener.NONE);
        SimulatorBands.Result two = bands.run(in, 6, 3, new EnsembleRunner(2, 2), ProgressListener.NONE);
        assertThat(one.distribution()).contains("posterior");
        SimulatorBands.WeeklyBand deaths = one.scenario().get("deaths");
        assertThat(deaths.p95()[580]).isGreaterThanOrEqualTo(deaths.p50()[580]).isGreaterThanOrEqualTo(deaths.p05()[580]);
        assertThat(deaths.p95()[580]).isGreaterThan(deaths.p05()[580]); // parameters differ between members
        assertThat(deaths.p50()[580]).isGreaterThan(one.statusQuo().get("deaths").p50()[580]);
        assertThat(two.scenario().get("members").p50()).containsExactly(one.scenario().get("members").p50());
    }
}
