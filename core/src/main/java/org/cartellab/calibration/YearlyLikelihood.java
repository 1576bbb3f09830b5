package org.cartellab.calibration;

import org.cartellab.network.NetworkParameters;

/**
 * The error model of the calibration posterior: the ten yearly observations, not the 520 spline points, with
 * independent Gaussian errors of unknown common variance, integrated out under Jeffreys' prior {@code 1/sigma}.
 *
 * <p>Why yearly: the 520 weekly target values are a linear function of the ten yearly values (the spline), so their
 * residuals are strongly correlated over a year and counting them as 520 independent observations would make the
 * posterior about {@code sqrt(52)} times too narrow. Comparing the model with each yearly value at the week where
 * the paper's alignment places it (see {@link CalibrationTarget}) uses exactly the information there is. With the
 * variance integrated out, {@code log L = -(n/2) log SSR + const}, with {@code SSR} the sum of squared residuals at
 * the {@code n} knots; no sigma is fixed by hand. With arrests switched on, arrests get their own variance and add
 * their own term. Residual autocorrelation between years is not modelled (ten values cannot estimate it); if the
 * yearly residuals are positively correlated, the posterior is still somewhat too narrow.
 */
public final class YearlyLikelihood {
    private final CalibrationProblem problem;
    private final double[] knotWeeks;
    private final double[] knotCasualties;
    private final double[] knotArrests;
    private final int lastWeek;

    public YearlyLikelihood(CalibrationProblem problem) {
        CalibrationTarget t = problem.target();
        this.problem = problem;
        this.knotWeeks = t.knotWeeks();
        this.knotCasualties = t.knotCasualties();
        this.knotArrests = problem.usesArrests() ? t.knotArrests() : null;
        if (problem.usesArrests() && knotArrests == null) throw new IllegalArgumentException("the target has no yearly arrests");
        double max = 0;
        for (double w : knotWeeks) max = Math.max(max, w);
        this.lastWeek = (int) Math.ceil(max);
    }

    /** Number of yearly observations per series. */
    public int observations() { return knotWeeks.length; }

    /** Sum of squared casualty residuals at the yearly knots. */
    public double casualtySsr(ModelSeries m) {
        double s = 0;
        for (int j = 0; j < knotWeeks.length; j++) {
            double r = knotCasualties[j] - m.casualtiesAt(knotWeeks[j]);
            s += r * r;
        }
        return s;
    }

    private double arrestSsr(ModelSeries m) {
        double s = 0;
        for (int j = 0; j < knotWeeks.length; j++) {
            double r = knotArrests[j] - m.incapacitationsAt(knotWeeks[j]);
            s += r * r;
        }
        return s;
    }

    /** The model's series up to the last knot only (all the likelihood needs). */
    public ModelSeries simulate(NetworkParameters p) { return problem.simulate(p, lastWeek); }

    /** Log-likelihood up to a constant, sigma integrated out. */
    public double logLikelihood(ModelSeries m) {
        double n = knotWeeks.length;
        double ll = -0.5 * n * Math.log(casualtySsr(m));
        if (knotArrests != null) ll += -0.5 * n * Math.log(arrestSsr(m));
        return ll;
    }

    public double logLikelihood(NetworkParameters p) { return logLikelihood(simulate(p)); }
}
