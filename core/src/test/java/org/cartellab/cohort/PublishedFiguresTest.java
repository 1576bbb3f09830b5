package org.cartellab.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartellab.model.ModelClock;
import org.cartellab.model.Schedule;
import org.cartellab.uncertainty.Spread;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model against the figures the authors publish for 2022 (DESIGN.md): ~175,000 active on 1 January 2022 and a
 * year of ~19,300 recruits, ~6,500 killed, ~5,700 incapacitated.
 *
 * <p>Band: the model's own 95 % range over 200 seeds, widened only by the rounding of the published number (half a
 * unit of its last stated digit: ±50 for the yearly flows, ±500 for 175,000; for per-member recruitment also the
 * rounding of the weekly 370 to the nearest 10, ±5 a week = ±260 a year). Finding (docs/cohort.md): killed and
 * incapacitated land in the band; the active count and the recruits do not. The published 175,000 is the figure the
 * rates are defined against (ρ = 370/175,000 etc.), not an output: the authors' own recursion, run from 23,000 in
 * 1965, is at ~169,500 on 1 January 2022 and passes 175,000 only around January 2023. The tests pin that down: the
 * seed mean agrees with the noise-free mean-field recursion (so the engine is not the cause), the level falls short
 * by 2.5-4.5 %, and per member the flows match the published ones.
 */
class PublishedFiguresTest {
    private static final int SEEDS = 200;
    private static double[][] v; // active, recruits, killed, incapacitated
    private static double[] activeMean; // mean active over the 52-week window
    private static Spread[] spreads;

    @BeforeAll
    static void run() {
        CohortRates rates = new CohortRates(CohortParameters.REFERENCE, Schedule.NONE, 4227);
        v = new double[4][SEEDS];
        activeMean = new double[SEEDS];
        int w = ModelClock.COHORT.weekContaining(Figures2022.DATE);
        for (int s = 0; s < SEEDS; s++) {
            CohortTimeSeries series = CohortTimeSeries.simulate(rates, s);
            Figures2022 f = Figures2022.of(series);
            v[0][s] = f.active();
            v[1][s] = f.recruits();
            v[2][s] = f.killed();
            v[3][s] = f.incapacitated();
            double sum = 0;
            for (int t = w - 26; t <= w + 25; t++) sum += series.active(t - 1); // members exposed during week t
            activeMean[s] = sum / 52;
        }
        spreads = new Spread[4];
        for (int i = 0; i < 4; i++) spreads[i] = Spread.orUndefined(v[i]);
        System.out.printf("2022 figures over %d seeds: active %s, recruits %s, killed %s, incapacitated %s%n", SEEDS,
                spreads[0], spreads[1], spreads[2], spreads[3]);
    }

    @Test
    void killedAndIncapacitatedLandInTheBand() {
        assertThat((double) Figures2022.PUBLISHED.killed()).isBetween(spreads[2].low() - 50, spreads[2].high() + 50);
        assertThat((double) Figures2022.PUBLISHED.incapacitated()).isBetween(spreads[3].low() - 50, spreads[3].high() + 50);
    }

    @Test
    void perMemberFlowsMatchThePublishedRates() {
        double[] recruitsPer175k = new double[SEEDS];
        double[] killedPer175k = new double[SEEDS];
        double[] jailedPer175k = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            recruitsPer175k[s] = v[1][s] * 175_000 / activeMean[s];
            killedPer175k[s] = v[2][s] * 175_000 / activeMean[s];
            jailedPer175k[s] = v[3][s] * 175_000 / activeMean[s];
        }
        Spread r = Spread.orUndefined(recruitsPer175k);
        Spread k = Spread.orUndefined(killedPer175k);
        Spread j = Spread.orUndefined(jailedPer175k);
        System.out.printf("per 175,000 members: recruits %s, killed %s, incapacitated %s%n", r, k, j);
        assertThat(19_300.0).isBetween(r.low() - 50 - 260, r.high() + 50 + 260);
        assertThat(6_500.0).isBetween(k.low() - 50, k.high() + 50);
        assertThat(5_700.0).isBetween(j.low() - 50, j.high() + 50);
    }

    @Test
    void activeCountIn2022FallsShortOfThePublished175000ForAStructuralReason() {
        // Noise-free mean-field recursion of the same steps (expected values, same rounding), computed independently here.
        CohortParameters p = CohortParameters.REFERENCE;
        double a = p.initialMembers();
        int w = ModelClock.COHORT.weekContaining(Figures2022.DATE);
        for (int t = 1; t <= w; t++) {
            a += Math.rint(p.recruitment() * a);
            a -= a * p.arrest();
            a -= a * p.killing();
            a -= Math.rint(p.effectiveSaturation() * a * a);
        }
        double standardError = (spreads[0].high() - spreads[0].low()) / (2 * 1.96) / Math.sqrt(SEEDS);
        System.out.printf("mean-field active on 2022-01-01: %.0f; model mean %.0f (standard error %.0f)%n", a, spreads[0].mean(), standardError);
        assertThat(spreads[0].mean()).isCloseTo(a, org.assertj.core.data.Offset.offset(4 * standardError + 1));
        assertThat(175_000.0).isGreaterThan(spreads[0].high() + 500);
        double shortfall = 1 - spreads[0].mean() / 175_000;
        assertThat(shortfall).isBetween(0.025, 0.045);
        // recruits scale with the members, so they fall short by the same few per cent
        assertThat(1 - spreads[1].mean() / 19_300).isBetween(0.025, 0.045);
    }
}
