package org.cartellab.calibration;

import java.util.List;
import org.cartellab.data.TrendYear;
import org.cartellab.model.ModelClock;

/**
 * What the network model is fitted to: a weekly casualty series (and optionally an arrest series) at weeks
 * {@code 0..weeks()-1}, and the yearly observations it was made from, with the (fractional) week each one sits at.
 *
 * <p>Alignment, as in the paper's R code: the spline is sampled at {@code n = 520} evenly spaced points from 2012.0
 * to 2022.0 and point {@code k} is compared with the model's instantaneous weekly casualties at week {@code k}
 * (2012-01-01 plus {@code 7k} days). The two clocks differ slightly: point {@code k} is at {@code 2012 + 10k/519}
 * years, week {@code k} at {@code 2012 + 7k/365.25}, so the last point (2022.0) meets week 519 (2021-12-12), a drift
 * of under three weeks over ten years. The yearly value for year {@code Y} is a knot at {@code x = Y}, i.e. at
 * fractional week {@code 51.9 (Y - 2012)} in the same alignment. Points after the 2021 knot (weeks 468..519) are
 * the spline's linear extension, not data.
 *
 * @param casualties    target casualties per week, one per model week from 0
 * @param arrests       target incapacitations per week (same length), or null when there is none
 * @param knotWeeks     the fractional week of each yearly observation
 * @param knotCasualties the yearly observations as casualties per week
 * @param knotArrests   the yearly observations as incapacitations per week, or null
 * @param description   where the numbers come from
 */
public record CalibrationTarget(double[] casualties, double[] arrests, double[] knotWeeks, double[] knotCasualties,
                               double[] knotArrests, String description) {
    /** Number of spline points and model weeks compared (R's {@code n = 520}). */
    public static final int POINTS = ModelClock.NETWORK.defaultWeeks();

    /** Share of homicides plus missing persons the paper attributes to cartel casualties. */
    public static final double CASUALTY_SHARE = 0.10;
    /** Share of arrests the paper attributes to cartel members. */
    public static final double ARREST_SHARE = 0.05;
    /** Spline sampling range, years. */
    public static final double FIRST_YEAR = 2012;
    public static final double LAST_YEAR = 2022;

    public CalibrationTarget {
        if (casualties.length < 2) throw new IllegalArgumentException("need at least 2 target weeks");
        if (arrests != null && arrests.length != casualties.length) throw new IllegalArgumentException("arrest series length differs from casualties");
        if (knotWeeks.length != knotCasualties.length) throw new IllegalArgumentException("knot weeks and values differ in length");
        if (knotArrests != null && knotArrests.length != knotWeeks.length) throw new IllegalArgumentException("knot arrests differ in length");
        for (double w : knotWeeks) {
            if (!(w >= 0 && w <= casualties.length - 1)) throw new IllegalArgumentException("knot week " + w + " outside 0.." + (casualties.length - 1));
        }
        casualties = casualties.clone();
        arrests = arrests == null ? null : arrests.clone();
        knotWeeks = knotWeeks.clone();
        knotCasualties = knotCasualties.clone();
        knotArrests = knotArrests == null ? null : knotArrests.clone();
    }

    /** The paper's target from the national series: 10 % of (homicides + missing)/52 and 5 % of arrests/52. */
    public static CalibrationTarget fromTrends(List<TrendYear> trends) {
        int n = trends.size();
        double[] years = new double[n];
        double[] cas = new double[n];
        double[] arr = new double[n];
        for (int i = 0; i < n; i++) {
            TrendYear t = trends.get(i);
            years[i] = t.year();
            cas[i] = CASUALTY_SHARE * (t.homicides() + t.missing()) / 52.0;
            arr[i] = ARREST_SHARE * t.arrests() / 52.0;
        }
        return fromYearly(years, cas, arr, "10 % of (homicides + missing persons)/52 and 5 % of arrests/52, "
                + (int) years[0] + "-" + (int) years[n - 1] + ", natural cubic spline at " + POINTS + " points 2012-2022");
    }

    /**
     * A target from yearly values (per week) at the given years: each series goes through a natural cubic spline
     * sampled at {@link #POINTS} points from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. {@code arrests} may be null.
     */
    public static CalibrationTarget fromYearly(double[] years, double[] casualties, double[] arrests, String description) {
        return fromYearly(years, casualties, arrests, description, LAST_YEAR);
    }

    /**
     * The same with the spline sampled from {@link #FIRST_YEAR} to {@code lastPointYear} at the paper's spacing of
     * 10/519 years per point (so point {@code k} still meets model week {@code k}): {@code floor(51.9 (lastPointYear -
     * 2012)) + 1} points. With {@code lastPointYear = 2022} this is the paper's target exactly. For a series ending in
     * year L, the paper's convention is {@code lastPointYear = L + 1} (one year of the spline's linear extension).
     */
    public static CalibrationTarget fromYearly(double[] years, double[] casualties, double[] arrests, String description, double lastPointYear) {
        double perYear = (POINTS - 1) / (LAST_YEAR - FIRST_YEAR);
        int n = (int) Math.floor((lastPointYear - FIRST_YEAR) * perYear + 1e-9) + 1;
        double to = FIRST_YEAR + (n - 1) / perYear;
        if (n == POINTS) to = LAST_YEAR; // the paper's grid, bit for bit
        double[] weeklyCas = new NaturalCubicSpline(years, casualties).sample(n, FIRST_YEAR, to);
        double[] weeklyArr = arrests == null ? null : new NaturalCubicSpline(years, arrests).sample(n, FIRST_YEAR, to);
        double[] knotWeeks = new double[years.length];
        for (int i = 0; i < years.length; i++) knotWeeks[i] = weekOfYear(years[i]);
        return new CalibrationTarget(weeklyCas, weeklyArr, knotWeeks, casualties, arrests, description);
    }

    /** The fractional week at which the spline's abscissa equals {@code year} (point index = week). */
    public static double weekOfYear(double year) {
        return (year - FIRST_YEAR) * (POINTS - 1) / (LAST_YEAR - FIRST_YEAR);
    }

    /** The spline abscissa (decimal year) of target point {@code k}. */
    public static double yearOfPoint(int k) {
        return FIRST_YEAR + (LAST_YEAR - FIRST_YEAR) * k / (POINTS - 1);
    }

    public int weeks() { return casualties.length; }

    /** How spline points and model weeks are paired, in words, for reports (k runs over this target's weeks). */
    public String alignment() {
        return "spline point k (decimal year " + (int) FIRST_YEAR + " + 10k/" + (POINTS - 1) + ") compared with model week k ("
                + ModelClock.NETWORK.origin() + " + 7k days), k = 0.." + (weeks() - 1);
    }

    public boolean hasArrests() { return arrests != null; }

    @Override public double[] casualties() { return casualties.clone(); }

    @Override public double[] arrests() { return arrests == null ? null : arrests.clone(); }

    @Override public double[] knotWeeks() { return knotWeeks.clone(); }

    @Override public double[] knotCasualties() { return knotCasualties.clone(); }

    @Override public double[] knotArrests() { return knotArrests == null ? null : knotArrests.clone(); }
}
