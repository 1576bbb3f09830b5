package org.cartellab.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.model.NumericalTroubleException;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;

/**
 * Step S1 of the cohort model: weekly counts of active members and of the people recruited, incapacitated, killed and
 * leaving, from 1965-01-01. Each week, in this order: recruits ~ Binomial(rint(ρA), π) join; incapacitated ~
 * Binomial(A, κP) leave; killed ~ Binomial(A - I, κK) leave; then rint(s A²) leave (saturation exits). {@code rint}
 * rounds halves to even, as R's {@code round} does. Row 0 is the start; row t is the state after step t.
 */
public final class CohortTimeSeries {
    /** Week 0 of the cohort model. */
    public static final LocalDate ORIGIN = LocalDate.of(1965, 1, 1);

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

    /** Runs S1 with the stream {@link RandomStreams#TIME_SERIES} of {@code seed}. */
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

    public LocalDate date(int week) { return ORIGIN.plusDays(7L * week); }

    /** The week containing {@code date}: the last week whose date is on or before it. */
    public static int weekContaining(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(ORIGIN, date), 7L);
    }

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
        int n = active.length;
        Map<WeeklyColumn, double[]> c = new EnumMap<>(WeeklyColumn.class);
        double[] members = new double[n], deaths = new double[n], rec = new double[n], inc = new double[n], ex = new double[n];
        double[] cd = new double[n], cr = new double[n], ci = new double[n], ce = new double[n];
        for (int t = 0; t < n; t++) {
            members[t] = active[t];
            deaths[t] = killed[t];
            rec[t] = recruits[t];
            inc[t] = incapacitated[t];
            ex[t] = exits[t];
            cd[t] = (t > 0 ? cd[t - 1] : 0) + deaths[t];
            cr[t] = (t > 0 ? cr[t - 1] : 0) + rec[t];
            ci[t] = (t > 0 ? ci[t - 1] : 0) + inc[t];
            ce[t] = (t > 0 ? ce[t - 1] : 0) + ex[t];
        }
        c.put(WeeklyColumn.MEMBERS, members);
        c.put(WeeklyColumn.DEATHS, deaths);
        c.put(WeeklyColumn.RECRUITS, rec);
        c.put(WeeklyColumn.INCAPACITATIONS, inc);
        c.put(WeeklyColumn.EXITS, ex);
        c.put(WeeklyColumn.CUM_DEATHS, cd);
        c.put(WeeklyColumn.CUM_RECRUITS, cr);
        c.put(WeeklyColumn.CUM_INCAPACITATIONS, ci);
        c.put(WeeklyColumn.CUM_EXITS, ce);
        return new WeeklyTable(ORIGIN, 0, c);
    }
}
