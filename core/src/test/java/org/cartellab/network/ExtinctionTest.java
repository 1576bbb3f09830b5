package org.cartellab.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartellab.model.WeeklyColumn;
import org.junit.jupiter.api.Test;

/** Extinction (an organisation below EXTINCTION_MEMBERS leaves the model) versus numerical trouble. */
class ExtinctionTest {
    private static final ConflictNetwork NETWORK = ConservationPropertyTest.NETWORK;

    @Test
    void solverNoiseNearZeroIsExtinctionNotTrouble() {
        // issue 10's example: run --weeks 2080 --set recruitment=0.005054948 --set saturation=0 used to exit 3
        NetworkParameters p = NetworkParameters.REFERENCE.with("recruitment", 0.005054948).with("saturation", 0);
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(NETWORK, p, 2080).withCartelSeries());
        assertThat(r.extinctions()).isNotEmpty();
        for (Extinction e : r.extinctions()) {
            assertThat(e.members()).isBetween(-NetworkSimulator.NEGATIVE_SLACK, NetworkSimulator.EXTINCTION_MEMBERS * (1 + 1e-6));
            assertThat(e.week()).isBetween(0.0, 2080.0);
            int after = (int) Math.ceil(e.week());
            for (int w = after; w <= 2080; w++) assertThat(r.cartelMembers(w, e.organisation())).as("stays out").isZero();
            assertThat(r.cartelMembers((int) Math.floor(e.week()), e.organisation())).isGreaterThanOrEqualTo(NetworkSimulator.EXTINCTION_MEMBERS * (1 - 1e-6));
        }
        checkConservation(r, 2080, p);
    }

    /**
     * Members change by exactly the flows at every week, no organisation is negative, and no column is below zero
     * beyond the rounding of the conflict term's rank-one form (casualties are a difference of sums of order
     * theta T^2; once every surviving organisation is an ally of every other the true value is 0).
     */
    static void checkConservation(NetworkResult r, int weeks, NetworkParameters p) {
        var t = r.weekly();
        double m0 = t.get(WeeklyColumn.MEMBERS, 0);
        for (int w = 0; w <= weeks; w++) {
            double members = t.get(WeeklyColumn.MEMBERS, w);
            double flows = t.get(WeeklyColumn.CUM_RECRUITS, w) - t.get(WeeklyColumn.CUM_INCAPACITATIONS, w)
                    - t.get(WeeklyColumn.CUM_DEATHS, w) - t.get(WeeklyColumn.CUM_EXITS, w);
            double scale = m0 + members + t.get(WeeklyColumn.CUM_RECRUITS, w) + t.get(WeeklyColumn.CUM_INCAPACITATIONS, w)
                    + t.get(WeeklyColumn.CUM_DEATHS, w) + t.get(WeeklyColumn.CUM_EXITS, w);
            assertThat(Math.abs(members - m0 - flows)).as("conservation at week %d", w).isLessThanOrEqualTo(1e-10 * scale);
            double rounding = 1e-15 * p.conflict() * members * members;
            for (WeeklyColumn c : WeeklyColumn.values()) assertThat(t.get(c, w)).as("%s at week %d", c, w).isGreaterThanOrEqualTo(-rounding);
            for (double c : r.cartelSeries()[w]) assertThat(c).as("an organisation at week %d", w).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void theReferenceRunLosesNoOrganisation() {
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(NETWORK, NetworkParameters.REFERENCE, 1040));
        assertThat(r.extinctions()).isEmpty();
    }

    @Test
    void noInitialMembersIsACollapseAtTheStartThatStaysAtZero() {
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(NETWORK, NetworkParameters.REFERENCE.with("initial_members", 0), 520));
        assertThat(r.collapsed()).isTrue();
        assertThat(r.collapseWeek()).isZero();
        for (int w = 0; w <= 520; w++) {
            for (WeeklyColumn c : WeeklyColumn.values()) assertThat(r.weekly().get(c, w)).as("%s week %d", c, w).isZero();
        }
    }

    @Test
    void theThresholdFollowsALooseAbsoluteTolerance() {
        assertThat(NetworkSimulator.extinctionThreshold(Tolerances.DEFAULT)).isEqualTo(1e-3);
        assertThat(NetworkSimulator.extinctionThreshold(new Tolerances(1e-6, 1e-4))).isEqualTo(0.1);
    }
}
