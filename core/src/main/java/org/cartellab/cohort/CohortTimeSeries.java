package org.cartellab.cohort;

import java.time.LocalDate;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.model.ModelClock;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.model.WeeklyTableBuilder;

/**
 * Step S1 of the cohort model: weekly counts of active members and of the people recruited, incapacitated, killed and
 * leaving, from 1965-01-01. Each week, in this order: recruits ~ Binomial(rint(ρA), π) join; incapacitated ~
 * Binomial(A, κP) leave; killed ~ Binomial(A - I, κK) leave; then rint(s A²) leave (saturation exits). {@code rint}
 * rounds halves to even, as R's {@code round} does. Row 0 is the start; row t is the state after step t.
 */
public final class CohortTimeSeries {
    private final CohortRates rates;
    private final long[] active;
    private final long[] recruits;
    private final long[] incapacitated;
    private final long[] killed;
    private final long[] exits;

    private CohortTimeSeries(CohortRates rates, long[] active, long[] recruits, long[] incapacitated, long[] killed, long[] exits) {
        this.rates = rates;
        this.active = active;
        this.recruits = recruits;
        this.incapacitated = incapacitated;
        this.killed = killed;
        this.exits = exits;
    }

    /**
     * Runs S1 (the weekly counts) from week 0 (1965-01-01) to {@code rates.weeks()} with the stream
     * {@link RandomStreams#TIME_SERIES} of {@code seed}: {@code weeks + 1} rows of counts of people.
     *
     * @throws org.cartellab.model.NumericalTroubleException when exits would exceed the members left (never clamped)
     */
    public static CohortTimeSeries simulate(CohortRates rates, long seed) {
        return simulate(rates, RandomStreams.of(seed, RandomStreams.TIME_SERIES));
    }

    /** Runs S1 drawing from {@code rng}. */
    public static CohortTimeSeries simulate(CohortRates rates, UniformRandomProvider rng) {
        int w = rates.weeks();
        long[] a = new long[w + 1];
        long[] r = new long[w + 1];
        long[] inc = new long[w + 1];
        long[] k = new long[w + 1];
        long[] e = new long[w + 1];
        long members = (long) rates.base().initialMembers();
        a[0] = members;
        for (int t = 1; t <= w; t++) {
            long exposed = (long) Math.rint(rates.recruitment(t) * members);
            r[t] = BinomialSampler.sample(rng, exposed, rates.recruitmentProbability(t));
            members += r[t];
            inc[t] = BinomialSampler.sample(rng, members, rates.arrest(t));
            members -= inc[t];
            k[t] = BinomialSampler.sample(rng, members, rates.killing(t));
            members -= k[t];
            double leaving = Math.rint(rates.saturation(t) * (double) members * members);
            if (!(leaving <= members)) {
                throw new NumericalTroubleException(t, "saturation exits (" + leaving + ") exceed the " + members
                        + " active members; saturation " + rates.saturation(t) + " is too large for this population");
            }
            e[t] = (long) leaving;
            members -= e[t];
            a[t] = members;
        }
        return new CohortTimeSeries(rates, a, r, inc, k, e);
    }

    public CohortRates rates() { return rates; }

    public int weeks() { return active.length - 1; }

    /** The first day of {@code week} ({@link ModelClock#COHORT}). */
    public LocalDate date(int week) { return ModelClock.COHORT.dateOf(week); }

    public long active(int week) { return active[week]; }

    public long recruits(int week) { return recruits[week]; }

    public long incapacitated(int week) { return incapacitated[week]; }

    public long killed(int week) { return killed[week]; }

    public long exits(int week) { return exits[week]; }

    /** Sum of a flow over weeks {@code from..to} inclusive (clipped to the run). */
    public long sum(WeeklyColumn flow, int from, int to) {
        long[] v = switch (flow) {
            case RECRUITS -> recruits;
            case INCAPACITATIONS -> incapacitated;
            case DEATHS -> killed;
            case EXITS -> exits;
            default -> throw new IllegalArgumentException("not a weekly flow: " + flow);
        };
        long s = 0;
        for (int t = Math.max(1, from); t <= Math.min(to, weeks()); t++) s += v[t];
        return s;
    }

    /** The weekly.csv table: counts in each week (deaths = killed), cumulative columns from 1965. */
    public WeeklyTable table() {
        WeeklyTableBuilder b = new WeeklyTableBuilder(ModelClock.COHORT, 0, active.length);
        for (int t = 0; t < active.length; t++) b.flows(t, active[t], killed[t], recruits[t], incapacitated[t], exits[t]);
        b.accumulateCounts();
        return b.build();
    }
}
