package org.cartellab.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.ParameterDistribution;
import org.cartellab.uncertainty.Quantiles;
import org.cartellab.uncertainty.RunStreams;

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
    private final double[] logLikelihood;
    private final double[] residualSd;
    private final double acceptanceRate;
    private final int burnIn;
    private final int evaluations;
    private final int chains;
    private final int thin;

    private CalibrationPosterior(ParameterBounds bounds, double[][] scaled, double[] logLikelihood, double[] residualSd,
                                 double acceptanceRate, int burnIn, int evaluations, int chains, int thin) {
        this(bounds, scaled, natural(bounds, scaled), logLikelihood, residualSd, acceptanceRate, burnIn, evaluations, chains, thin);
    }

    private static List<NetworkParameters> natural(ParameterBounds bounds, double[][] scaled) {
        List<NetworkParameters> d = new ArrayList<>(scaled.length);
        for (double[] u : scaled) d.add(bounds.fromScaled(u));
        return d;
    }

    private CalibrationPosterior(ParameterBounds bounds, double[][] scaled, List<NetworkParameters> natural, double[] logLikelihood,
                                 double[] residualSd, double acceptanceRate, int burnIn, int evaluations, int chains, int thin) {
        this.bounds = bounds;
        this.scaled = scaled;
        this.logLikelihood = logLikelihood;
        this.residualSd = residualSd;
        this.acceptanceRate = acceptanceRate;
        this.burnIn = burnIn;
        this.evaluations = evaluations;
        this.chains = chains;
        this.thin = thin;
        this.draws = List.copyOf(natural);
    }

    /**
     * Samples the posterior of {@code problem}'s target (its bounds are the prior's support) starting from
     * {@code start} (scaled; e.g. the least-squares optimum, or the box centre).
     *
     * <p>With one chain, the chain's generator is seeded with {@code options.seed()} directly. With several, chain
     * {@code c} uses the stream {@code RunStreams.forRun(seed, c)}; chain 0 starts at {@code start} and every other
     * chain at a point drawn uniformly from the prior box with its own stream (over-dispersed starts, so that R̂ can
     * detect chains that have not found the same distribution). Chains run in parallel, one engine per chain, and
     * each is deterministic, so the result does not depend on the thread count. Draws are stored chain after chain.
     */
    public static CalibrationPosterior sample(CalibrationProblem problem, double[] start, PosteriorOptions options,
                                              ProgressListener progress) {
        int m = options.chains();
        AdaptiveMetropolis.Chain[] out = new AdaptiveMetropolis.Chain[m];
        ParameterBounds bounds = problem.bounds();
        if (m == 1) {
            out[0] = runChain(problem, start, options, RandomSource.XO_RO_SHI_RO_128_PP.create(options.seed()), progress);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(
                    Math.min(m, Runtime.getRuntime().availableProcessors()), r -> {
                        Thread t = new Thread(r, "posterior-chain");
                        t.setDaemon(true);
                        return t;
                    });
            try {
                List<Future<AdaptiveMetropolis.Chain>> futures = new ArrayList<>();
                for (int c = 0; c < m; c++) {
                    final int chain = c;
                    futures.add(pool.submit(() -> {
                        UniformRandomProvider rng = RunStreams.forRun(options.seed(), chain);
                        double[] from = start.clone();
                        if (chain > 0) for (int i = 0; i < from.length; i++) from[i] = rng.nextDouble();
                        ProgressListener p = chain == 0 ? progress : ProgressListener.NONE;
                        return runChain(problem, from, options, rng, p);
                    }));
                }
                for (int c = 0; c < m; c++) out[c] = futures.get(c).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("posterior sampling interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        int n = new YearlyLikelihood(problem).observations();
        int per = options.draws();
        double[][] scaled = new double[m * per][];
        double[] logL = new double[m * per];
        double[] sd = new double[m * per];
        long accepted = 0;
        int evaluations = 0;
        for (int c = 0; c < m; c++) {
            for (int k = 0; k < per; k++) {
                int i = c * per + k;
                scaled[i] = out[c].draws()[k];
                logL[i] = out[c].logDensity()[k];
                // log L = -(n/2) log SSR for casualties only, so SSR = exp(-2 log L / n)
                sd[i] = problem.usesArrests() ? Double.NaN : Math.sqrt(Math.exp(-2 * logL[i] / n) / n);
            }
            evaluations += out[c].evaluations();
        }
        double acceptance = 0;
        for (AdaptiveMetropolis.Chain c : out) acceptance += c.acceptanceRate() / m;
        return new CalibrationPosterior(bounds, scaled, logL, sd, acceptance, options.burnIn(), evaluations, m, options.thin());
    }

    private static AdaptiveMetropolis.Chain runChain(CalibrationProblem problem, double[] from, PosteriorOptions options,
                                                     UniformRandomProvider rng, ProgressListener progress) {
        CalibrationProblem p = problem.withTolerances(options.tolerances()); // its own engine: chains may run in parallel
        YearlyLikelihood likelihood = new YearlyLikelihood(p);
        ParameterBounds bounds = p.bounds();
        return AdaptiveMetropolis.run(u -> likelihood.logLikelihood(bounds.fromScaled(u)), from, options.burnIn(),
                options.draws(), options.thin(), rng, progress);
    }

    /**
     * Rebuilds a posterior from stored draws (natural units, chain after chain in {@code chains} equal blocks) and
     * their log-likelihoods, e.g. the published draws shipped with the product ({@link PublishedPosterior}). The
     * draws are kept exactly as given.
     */
    static CalibrationPosterior fromDraws(ParameterBounds bounds, List<NetworkParameters> draws, double[] logLikelihood,
                                          int observations, int chains, int burnIn, int thin, double acceptanceRate, int evaluations) {
        if (draws.size() % chains != 0) throw new IllegalArgumentException(draws.size() + " draws do not split into " + chains + " equal chains");
        double[][] scaled = new double[draws.size()][];
        double[] sd = new double[draws.size()];
        for (int i = 0; i < sd.length; i++) {
            scaled[i] = bounds.toScaled(draws.get(i));
            sd[i] = Math.sqrt(Math.exp(-2 * logLikelihood[i] / observations) / observations);
        }
        return new CalibrationPosterior(bounds, scaled, draws, logLikelihood.clone(), sd, acceptanceRate, burnIn, evaluations, chains, thin);
    }

    @Override
    public NetworkParameters sample(UniformRandomProvider rng) { return draws.get(rng.nextInt(draws.size())); }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "calibration posterior (adaptive Metropolis, %d chain%s x %,d draws%s after %,d burn-in; "
                + "yearly Gaussian errors, uniform priors on the paper's bounds)", chains, chains == 1 ? "" : "s", draws.size() / chains,
                thin == 1 ? "" : " (every " + thin + "th iteration)", burnIn);
    }

    public List<NetworkParameters> draws() { return draws; }

    /** Draw {@code i} in scaled coordinates. */
    public double[] scaledDraw(int i) { return scaled[i].clone(); }

    public double acceptanceRate() { return acceptanceRate; }

    /** Likelihood evaluations (engine runs) the sampler used, burn-in included. */
    public int evaluations() { return evaluations; }

    public ParameterBounds bounds() { return bounds; }

    public int chains() { return chains; }

    public int thin() { return thin; }

    public int burnIn() { return burnIn; }

    /** Log-likelihood (casualties, sigma integrated out, up to a constant) of draw {@code i}. */
    public double logLikelihood(int i) { return logLikelihood[i]; }

    /** The yearly residual standard deviation sqrt(SSR/n) of draw {@code i}, casualties per week (NaN with arrests). */
    public double residualSd(int i) { return residualSd[i]; }

    /** Number of distinct parameter vectors among the draws (a rejected proposal repeats the previous draw). */
    public int distinctDraws() { return new HashSet<>(draws).size(); }

    /** Parameter {@code p}'s draws (natural units) as one array per chain. */
    public double[][] chainsOf(int p) {
        int per = draws.size() / chains;
        double[][] c = new double[chains][per];
        for (int j = 0; j < chains; j++) for (int k = 0; k < per; k++) c[j][k] = draws.get(j * per + k).toArray()[p];
        return c;
    }

    public PosteriorSummary summary() {
        int d = bounds.dimension();
        int n = draws.size();
        double[] mean = new double[d];
        double[] median = new double[d];
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] ess = new double[d];
        double[] rhat = new double[d];
        double[][] natural = new double[n][];
        for (int k = 0; k < n; k++) natural[k] = draws.get(k).toArray();
        for (int i = 0; i < d; i++) {
            double[] column = new double[n];
            for (int k = 0; k < n; k++) column[k] = natural[k][i];
            mean[i] = ChainStatistics.mean(column);
            median[i] = Quantiles.of(column, 0.5);
            lo[i] = Quantiles.of(column, 0.025);
            hi[i] = Quantiles.of(column, 0.975);
            ess[i] = ConvergenceDiagnostics.effectiveSampleSize(chainsOf(i));
            rhat[i] = ConvergenceDiagnostics.splitRhat(chainsOf(i));
        }
        double sd = Double.isNaN(residualSd[0]) ? Double.NaN : Quantiles.of(residualSd, 0.5);
        return new PosteriorSummary(NetworkParameters.NAMES, n, mean, median, lo, hi, ChainStatistics.correlation(natural),
                ess, rhat, acceptanceRate, sd, chains, distinctDraws());
    }
}
