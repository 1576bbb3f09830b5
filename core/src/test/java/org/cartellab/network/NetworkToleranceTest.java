package org.cartellab.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.cartellab.data.BundledData;
import org.cartellab.model.WeeklyColumn;
import org.junit.jupiter.api.Test;

/**
 * The default tolerances against a run 10,000 times tighter, integrated by a different method (Dormand-Prince
 * 8(5,3) with Hipparchus's own interpolation): every column and every organisation within 1e-6 relative at every
 * week, for the reference parameters and for draws within the paper's calibration bounds.
 */
class NetworkToleranceTest {
    static final ConflictNetwork NETWORK = ConflictNetwork.of(BundledData.network());
    static final Tolerances TIGHT = new Tolerances(1e-12, 1e-10);
    static final double BOUND = 1e-6;

    @Test
    void defaultToleranceAgreesWithATightRunAtTheReferenceParameters() {
        double worst = worstDeviation(NetworkParameters.REFERENCE);
        System.out.printf("default vs 1e-12, reference parameters: worst relative deviation %.3e%n", worst);
        assertThat(worst).isLessThan(BOUND);
    }

    @Test
    void defaultToleranceAgreesWithATightRunAcrossTheCalibrationBounds() {
        SplittableRandom rng = new SplittableRandom(20231312);
        double worst = 0;
        for (int k = 0; k < 5; k++) {
            NetworkParameters p = new NetworkParameters(uniform(rng, 2e-3, 3e-3), uniform(rng, 110, 120),
                    uniform(rng, 1e-8, 2e-8), uniform(rng, 4e-8, 10e-8), uniform(rng, 110e3, 115e3));
            worst = Math.max(worst, worstDeviation(p));
        }
        System.out.printf("default vs 1e-12, 5 draws within the calibration bounds: worst relative deviation %.3e%n", worst);
        assertThat(worst).isLessThan(BOUND);
    }

    @Test
    void membersChangeByExactlyTheIntegratedFlows() {
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(NETWORK, NetworkParameters.REFERENCE, 520));
        for (int w = 0; w <= 520; w += 13) {
            double change = r.members(w) - r.members(0);
            double flows = r.weekly().get(WeeklyColumn.CUM_RECRUITS, w) - r.weekly().get(WeeklyColumn.CUM_INCAPACITATIONS, w)
                    - r.weekly().get(WeeklyColumn.CUM_DEATHS, w) - r.weekly().get(WeeklyColumn.CUM_EXITS, w);
            assertThat(change).as("week %d", w).isCloseTo(flows, org.assertj.core.data.Offset.offset(1e-9 * r.members(w)));
        }
    }

    @Test
    void weeklyFlowsAreTheRightHandSideAtTheRecordedState() {
        NetworkRun run = NetworkRun.of(NETWORK, NetworkParameters.REFERENCE, 520).withCartelSeries();
        NetworkResult r = new NetworkSimulator().run(run);
        NetworkDynamics dynamics = new NetworkDynamics(NETWORK, run.parameters());
        int n = NETWORK.size();
        for (int w : new int[] {0, 1, 37, 260, 519, 520}) {
            double[] y = new double[n + 4];
            for (int i = 0; i < n; i++) y[i] = r.cartelMembers(w, i);
            double[] dy = new double[n + 4];
            dynamics.flows(w, y, dy);
            assertThat(r.weekly().get(WeeklyColumn.DEATHS, w)).isCloseTo(dy[n + NetworkDynamics.CUM_DEATHS], org.assertj.core.data.Percentage.withPercentage(1e-10));
            assertThat(r.weekly().get(WeeklyColumn.EXITS, w)).isCloseTo(dy[n + NetworkDynamics.CUM_EXITS], org.assertj.core.data.Percentage.withPercentage(1e-10));
            assertThat(r.weekly().get(WeeklyColumn.RECRUITS, w)).isCloseTo(dy[n + NetworkDynamics.CUM_RECRUITS], org.assertj.core.data.Percentage.withPercentage(1e-10));
            double rateOfChange = 0;
            for (int i = 0; i < n; i++) rateOfChange += dy[i];
            double balance = r.weekly().get(WeeklyColumn.RECRUITS, w) - r.weekly().get(WeeklyColumn.INCAPACITATIONS, w)
                    - r.weekly().get(WeeklyColumn.DEATHS, w) - r.weekly().get(WeeklyColumn.EXITS, w);
            assertThat(balance).as("week %d", w).isCloseTo(rateOfChange, org.assertj.core.data.Offset.offset(1e-9 * Math.abs(r.weekly().get(WeeklyColumn.RECRUITS, w))));
        }
    }

    private static double uniform(SplittableRandom rng, double low, double high) { return low + (high - low) * rng.nextDouble(); }

    private static double worstDeviation(NetworkParameters p) {
        NetworkRun run = NetworkRun.of(NETWORK, p, 520).withCartelSeries();
        NetworkResult ours = new NetworkSimulator().run(run);
        NetworkResult tight = new NetworkSimulator(NetworkSimulator.Stepper.DORMAND_PRINCE_853, false).run(run.withTolerances(TIGHT));
        double worst = 0;
        for (int w = 0; w <= 520; w++) {
            for (WeeklyColumn c : WeeklyColumn.values()) {
                double expected = tight.weekly().get(c, w);
                if (expected != 0) worst = Math.max(worst, Math.abs(ours.weekly().get(c, w) - expected) / Math.abs(expected));
                else assertThat(ours.weekly().get(c, w)).as("%s at week %d", c, w).isZero();
            }
            for (int i = 0; i < NETWORK.size(); i++) {
                double expected = tight.cartelMembers(w, i);
                worst = Math.max(worst, Math.abs(ours.cartelMembers(w, i) - expected) / expected);
            }
        }
        return worst;
    }
}
