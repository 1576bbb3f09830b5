package org.cartellab.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.cartellab.model.Schedule;

/** Bookkeeping that must hold for any seed and any sensible small parameter set. */
class CohortPropertiesTest {
    @Property(tries = 40)
    void everyMemberIsAccountedFor(@ForAll @IntRange(min = 0, max = 2000) int initial,
                                   @ForAll @DoubleRange(min = 0.004, max = 0.02) @net.jqwik.api.constraints.Scale(6) double recruitment,
                                   @ForAll @DoubleRange(min = 0, max = 0.002) @net.jqwik.api.constraints.Scale(6) double arrest,
                                   @ForAll @DoubleRange(min = 0, max = 0.002) @net.jqwik.api.constraints.Scale(6) double killing,
                                   @ForAll @DoubleRange(min = 0, max = 20) double exponent,
                                   @ForAll @IntRange(min = 1966, max = 1975) int cohortYear,
                                   @ForAll long seed) {
        CohortParameters p = CohortParameters.REFERENCE.with("initial_members", initial).with("recruitment", recruitment)
                .with("arrest", arrest).with("killing", killing).with("equilibrium_size", 3000).with("exit_age_exponent", exponent)
                .with("cohort_year", cohortYear);
        CohortRun run = CohortRun.simulate(new CohortRates(p, Schedule.NONE, 600), seed);
        for (AgeSnapshot s : run.ages().snapshots()) assertThat(s.total()).isEqualTo(run.series().active(s.week()));
        BirthCohortOutcome c = run.cohort();
        assertThat(c.recruited()).isGreaterThanOrEqualTo(c.imprisoned() + c.killed() + c.exited());
        assertThat(run.ages().cohort().incarcerations()).allMatch(j -> j.ageWeeks() >= 15 * 52 && j.week() >= 1 && j.week() <= 600);
        for (int t = 1; t <= 600; t++) {
            assertThat(run.series().active(t)).isEqualTo(run.series().active(t - 1) + run.series().recruits(t)
                    - run.series().incapacitated(t) - run.series().killed(t) - run.series().exits(t));
        }
    }
}
