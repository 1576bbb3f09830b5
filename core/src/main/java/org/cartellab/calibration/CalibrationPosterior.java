package org.cartellab.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.network.NetworkParameters;
import org.cartellab.uncertainty.ParameterDistribution;

/**
 * The calibration posterior of the five network parameters as a {@link ParameterDistribution}: uniform priors on the
 * calibration bounds, the {@link YearlyLikelihood} error model (ten yearly values, Gaussian errors, variance
 * integrated out), sampled by {@link AdaptiveMetropolis} in scaled coordinates. {@link #sample} returns one of the
 * stored draws, uniformly, so ensembles inherit the posterior's correlations. Deterministic for a seed.
 */
public final class CalibrationPosterior implements ParameterDistribution {
    private final ParameterBounds bounds;
    private final double[][] scaled;
    private final List<NetworkParameters> draws;
    private final double[] residualSd;
    private final double acceptanceRate;
    private final int burnIn;
    private final int evaluations;

    private CalibrationPosterior(ParameterBounds bounds, double[][] scaled, double[] residualSd, double acceptanceRate,
                                 int burnIn, int evaluations) {
        this.bounds = bounds;
        this.scaled = scaled;
        this.residualSd = residualSd;
        this.acceptanceRate = acceptanceRate;
        this.burnIn = burnIn;
        this.evaluations = evaluations;
        List<NetworkParameters> d = new ArrayList<>(scaled.length);
        for (double[] u : scaled) d.add(bounds.fromScaled(u));
        this.draws = List.copyOf(d);
    }

    /**
     * Samples the posterior of {@code problem}'s target (its bounds are the prior's support) starting from
     * {@code start} (scaled; e.g. the least-squares optimum, or the box centre).
     */
    public static CalibrationPosterior sample(CalibrationProblem problem, double[] start, PosteriorOptions options,
                                              Progress progress) {
        CalibrationProblem p = problem.withTolerances(options.tolerances());
        YearlyLikelihood likelihood = new YearlyLikelihood(p);
        ParameterBounds bounds = p.bounds();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(options.seed());
        AdaptiveMetropolis.Chain chain = AdaptiveMetropolis.run(
                u -> likelihood.logLikelihood(bounds.fromScaled(u)), start, options.burnIn(), options.draws(), rng, progress);
        int n = likelihood.observations();
        double[] sd = new double[chain.draws().length];
        for (int i = 0; i < sd.length; i++) {
            // log L = -(n/2) log SSR for casualties only, so SSR = exp(-2 log L / n)
            sd[i] = p.usesArrests() ? Double.NaN : Math.sqrt(Math.exp(-2 * chain.logDensity()[i] / n) / n);
        }
        return new CalibrationPosterior(bounds, chain.draws(), sd, chain.acceptanceRate(), options.burnIn(), chain.evaluations());
    }

    @Override
    public NetworkParameters sample(UniformRandomProvider rng) { return draws.get(rng.nextInt(draws.size())); }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "calibration posterior (adaptive Metropolis, %,d draws after %,d burn-in; "
                + "yearly Gaussian errors, uniform priors on the paper's bounds)", draws.size(), burnIn);
    }

    public List<NetworkParameters> draws() { return draws; }

    /** Draw {@code i} in scaled coordinates. */
    public double[] scaledDraw(int i) { return scaled[i].clone(); }

    public double acceptanceRate() { return acceptanceRate; }

    /** Likelihood evaluations (engine runs) the sampler used, burn-in included. */
    public int evaluations() { return evaluations; }

    public ParameterBounds bounds() { return bounds; }

    public PosteriorSummary summary() {
        int d = bounds.dimension();
        int n = draws.size();
        double[] mean = new double[d];
        double[] median = new double[d];
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] ess = new double[d];
        double[][] natural = new double[n][];
        for (int k = 0; k < n; k++) natural[k] = draws.get(k).toArray();
        for (int i = 0; i < d; i++) {
            double[] column = new double[n];
            for (int k = 0; k < n; k++) column[k] = natural[k][i];
            mean[i] = ChainStatistics.mean(column);
            median[i] = ChainStatistics.quantile(column, 0.5);
            lo[i] = ChainStatistics.quantile(column, 0.025);
            hi[i] = ChainStatistics.quantile(column, 0.975);
            ess[i] = ChainStatistics.effectiveSampleSize(column);
        }
        double sd = Double.isNaN(residualSd[0]) ? Double.NaN : ChainStatistics.quantile(residualSd, 0.5);
        return new PosteriorSummary(NetworkParameters.NAMES, n, mean, median, lo, hi, ChainStatistics.correlation(natural),
                ess, acceptanceRate, sd);
    }
}
