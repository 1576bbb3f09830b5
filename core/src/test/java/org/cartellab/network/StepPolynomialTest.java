package org.cartellab.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.model.Schedule;
import org.cartellab.model.WeeklyColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rebuilt dense output must reproduce Hipparchus's own interpolation: same steps, so any difference is sampling
 * error. Checked at every week, for every column and organisation, for a constant run, one with interventions and
 * one that collapses mid-step, with per-organisation series kept (states formed) and not (rows from step moments).
 */
class StepPolynomialTest {
    static final ConflictNetwork NETWORK = ConflictNetwork.of(BundledData.network());
    /** Rounding only: the interpolants agree to ~1e-14 relative; anything near 1e-12 would mean a wrong polynomial. */
    static final double AGREEMENT = 1e-12;

    @ParameterizedTest
    @EnumSource(NetworkSimulator.Stepper.class)
    void rebuiltDenseOutputMatchesHipparchusInterpolationAtEveryWeek(NetworkSimulator.Stepper stepper) {
        NetworkRun constant = NetworkRun.of(NETWORK, NetworkParameters.REFERENCE, 520).withCartelSeries();
        Schedule halve = new Schedule(List.of(Intervention.multiply(260, Map.of("recruitment", 0.5)),
                Intervention.ramp(300, Map.of("conflict", 2.0), 40)));
        NetworkRun scheduled = new NetworkRun(NETWORK, ParameterPath.scheduled(NetworkParameters.REFERENCE, halve), 0, 520,
                null, List.of(), Tolerances.DEFAULT, true);
        // Recruitment stopped and a small start: the cartels collapse mid-run, so the last step is cut at the event.
        NetworkRun collapsing = NetworkRun.of(NETWORK, new NetworkParameters(0, 110, 1.549231e-8, 4e-8, 5_000), 520).withCartelSeries();
        for (NetworkRun run : List.of(constant, scheduled, collapsing)) {
            NetworkResult fast = new NetworkSimulator(stepper, true).run(run);
            NetworkResult slow = new NetworkSimulator(stepper, false).run(run);
            // Without per-organisation series the rows come from step moments, never forming the state.
            NetworkResult rowsOnly = new NetworkSimulator(stepper, true).run(new NetworkRun(run.network(), run.parameters(),
                    run.startWeek(), run.endWeek(), run.initialMembers(), run.events(), run.tolerances(), false));
            assertThat(fast.evaluations()).isEqualTo(slow.evaluations());
            assertThat(Double.compare(fast.collapseWeek(), slow.collapseWeek())).as("collapse week (NaN if none)").isZero();
            if (run == collapsing) assertThat(fast.collapsed()).isTrue();
            double worst = 0;
            for (int w = 0; w <= 520; w++) {
                for (WeeklyColumn c : WeeklyColumn.values()) {
                    worst = Math.max(worst, relative(fast.weekly().get(c, w), slow.weekly().get(c, w)));
                    worst = Math.max(worst, relative(rowsOnly.weekly().get(c, w), slow.weekly().get(c, w)));
                }
                for (int i = 0; i < NETWORK.size(); i++) {
                    worst = Math.max(worst, relative(fast.cartelMembers(w, i), slow.cartelMembers(w, i)));
                }
            }
            assertThat(worst).as("%s, worst relative difference over all weeks", stepper).isLessThan(AGREEMENT);
        }
    }

    private static double relative(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }
}
