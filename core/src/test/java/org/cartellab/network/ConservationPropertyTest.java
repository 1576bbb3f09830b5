package org.cartellab.network;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.cartellab.data.BundledData;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/**
 * Conservation and non-negativity for random parameters within and beyond the calibration bounds (DESIGN.md):
 * at every week, members(w) - members(0) = recruits - incapacitations - casualties - exits (cumulative), total
 * members and every flow are >= 0, every organisation is >= 0 to within the integrator's absolute tolerance, and a
 * collapse is reported through collapseWeek, never as negative numbers.
 *
 * <p>Tolerance. The integrator's tolerances (relative 1e-8, absolute 1e-6 per component) bound how far each
 * trajectory may stray, so a wrong flow would show up as a residual of that order or larger. But the identity is a
 * linear invariant of the extended system (members plus four accumulators), and every explicit Runge-Kutta step,
 * and its dense output, preserves linear invariants exactly: what remains is floating-point round-off, about
 * 1e-16 per operation over a few hundred steps. We allow {@value #RELATIVE}, relative to the sum of the terms'
 * magnitudes: 100 times tighter than the integrator's relative tolerance and still orders of magnitude above the
 * round-off we measure (printed by the run).
 */
class ConservationPropertyTest {
    static final double RELATIVE = 1e-10;
    static final ConflictNetwork NETWORK = ConflictNetwork.of(BundledData.network());
    static double worstSeen = 0;

    /** The calibration box widened by half its width on each side (initial members and incapacitation by more). */
    @Provide
    Arbitrary<NetworkParameters> parameters() {
        return Combinators.combine(
                scaled(1.5, 3.5, 1e-3),
                scaled(100, 130, 1),
                scaled(0.5, 2.5, 1e-8),
                scaled(1, 13, 1e-8),
                scaled(100, 125, 1e3)).as(NetworkParameters::new);
    }

    /** Uniform on [low, high] times {@code unit}, drawn with 6 decimals so jqwik's decimal generator can represent it. */
    private static Arbitrary<Double> scaled(double low, double high, double unit) {
        return Arbitraries.doubles().between(low, high).ofScale(6).map(x -> x * unit);
    }

    @Property(tries = 60)
    void membersChangeByExactlyTheFlowsAndNothingGoesNegative(@ForAll("parameters") NetworkParameters p,
                                                               @ForAll @IntRange(min = 1, max = 1560) int weeks) {
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(NETWORK, p, weeks).withCartelSeries());
        checkEveryWeek(r, weeks);
    }

    @Property(tries = 8)
    void withLittleOrNoRecruitmentTheCartelsCollapseAndSaySo(@ForAll @DoubleRange(min = 0, max = 0.5) @Scale(6) double recruitmentPerMille,
                                                             @ForAll("parameters") NetworkParameters others) {
        // Recruits (at most 5e-4 T) stay below incapacitations (>= 100 a week) while T < 200,000, so T falls by at
        // least 40 a week from at most 125,000: collapse within about 3,100 weeks.
        int weeks = 3200;
        NetworkResult r = new NetworkSimulator().run(NetworkRun.of(NETWORK, others.with("recruitment", recruitmentPerMille * 1e-3), weeks).withCartelSeries());
        assertThat(r.collapsed()).isTrue();
        assertThat(r.collapseWeek()).isBetween(1.0, (double) weeks);
        int last = (int) Math.floor(r.collapseWeek());
        assertThat(r.members(last)).isPositive();
        for (int w = last + 1; w <= weeks; w++) assertThat(r.members(w)).as("week %d", w).isZero();
        assertThat(r.finalMembers()).containsOnly(0.0);
        checkEveryWeek(r, weeks);
    }

    static void checkEveryWeek(NetworkResult r, int weeks) {
        WeeklyTable t = r.weekly();
        assertThat(t.firstWeek()).isZero();
        assertThat(t.lastWeek()).isEqualTo(weeks);
        double m0 = t.get(WeeklyColumn.MEMBERS, 0);
        for (int w = 0; w <= weeks; w++) {
            double members = t.get(WeeklyColumn.MEMBERS, w);
            double recruits = t.get(WeeklyColumn.CUM_RECRUITS, w);
            double incapacitated = t.get(WeeklyColumn.CUM_INCAPACITATIONS, w);
            double deaths = t.get(WeeklyColumn.CUM_DEATHS, w);
            double exits = t.get(WeeklyColumn.CUM_EXITS, w);
            double residual = (members - m0) - (recruits - incapacitated - deaths - exits);
            double scale = m0 + members + recruits + incapacitated + deaths + exits;
            // After a collapse the last COLLAPSE_MEMBERS are set to zero without passing through a flow.
            boolean afterCollapse = r.collapsed() && w > r.collapseWeek();
            double allowed = RELATIVE * scale + (afterCollapse ? NetworkSimulator.COLLAPSE_MEMBERS : 0);
            assertThat(Math.abs(residual)).as("conservation at week %d of %d (residual %.3e members)", w, weeks, residual)
                    .isLessThanOrEqualTo(allowed);
            if (!afterCollapse) worstSeen = Math.max(worstSeen, Math.abs(residual) / scale);
            for (WeeklyColumn c : WeeklyColumn.values()) {
                assertThat(t.get(c, w)).as("%s at week %d", c, w).isGreaterThanOrEqualTo(0.0);
            }
            // An organisation dying out decays towards zero; below the integrator's absolute tolerance (1e-6 members)
            // its sign is not resolved, and the slow profile has seen -5e-16. The simulator reports anything below
            // -NEGATIVE_SLACK (= that tolerance) as numerical trouble; here we check nothing got past that guard.
            double[] cartels = r.cartelSeries()[w];
            for (int i = 0; i < cartels.length; i++) {
                assertThat(cartels[i]).as("organisation %d at week %d", i, w).isGreaterThanOrEqualTo(-NetworkSimulator.NEGATIVE_SLACK);
            }
        }
    }

    @net.jqwik.api.lifecycle.AfterContainer
    static void report() {
        System.out.printf("conservation: worst relative residual %.2e (allowed %.0e)%n", worstSeen, RELATIVE);
    }
}
