package org.cartellab.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.model.Schedule;
import org.cartellab.model.WeeklyColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rebuilt dense output must reproduce Hipparchus's own interpolation: same steps, so any difference is sampling
 * error. Checked at every week, for every column and organisation, with and without a mid-run intervention.
 */
class StepPolynomialTest {
    static final ConflictNetwork NETWORK = ConflictNetwork.of(BundledData.network());
    /** Rounding only: the interpolants agree to ~1e-14 relative; anything near 1e-12 would mean a wrong polynomial. */
    static final double AGREEMENT = 1e-12;

    @ParameterizedTest
    @EnumSource(NetworkSimulator.Stepper.class)
    void rebuiltDenseOutputMatchesHipparchusInterpolationAtEveryWeek(NetworkSimulator.Stepper stepper) {
        NetworkRun constant = NetworkRun.of(NETWORK, NetworkParameters.REFERENCE, 520).withCartelSeries();
        Schedule halve = new Schedule(List.of(Intervention.multiply(260, java.util.Map.of("recruitment", 0.5)),
                Intervention.ramp(300, java.util.Map.of("conflict", 2.0), 40)));
        NetworkRun scheduled = new NetworkRun(NETWORK, ParameterPath.scheduled(NetworkParameters.REFERENCE, halve), 0, 520,
                null, List.of(), Tolerances.DEFAULT, true);
        for (NetworkRun run : List.of(constant, scheduled)) {
            NetworkResult fast = new NetworkSimulator(stepper, true).run(run);
            NetworkResult slow = new NetworkSimulator(stepper, false).run(run);
            assertThat(fast.evaluations()).isEqualTo(slow.evaluations());
            double worst = 0;
            for (int w = 0; w <= 520; w++) {
                for (WeeklyColumn c : WeeklyColumn.values()) {
                    worst = Math.max(worst, relative(fast.weekly().get(c, w), slow.weekly().get(c, w)));
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
