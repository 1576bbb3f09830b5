package org.cartellab.calibration;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.ParameterDistribution;

/**
 * The calibration posterior as an ensemble's parameter distribution: draws from {@link CalibrationPosterior} on the
 * bundled 2012-2021 series (yearly Gaussian errors, uniform priors on the paper's bounds). {@link #published()} is the
 * default: the shipped draws of {@link PublishedPosterior} (4 chains, seed 1), read, not recomputed. {@link #of} runs
 * one chain started at the published fit, deterministic for (draws, seed) and computed once per JVM. Either serialises
 * as its draws, so Spark workers receive them rather than rerunning a chain. {@link #sample} picks one stored draw
 * uniformly: many runs share a draw, so an ensemble of N runs rests on at most {@link #distinctDraws()} distinct
 * parameter vectors.
 */
public final class PosteriorDistribution implements ParameterDistribution, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<List<Long>, PosteriorDistribution> CACHE = new ConcurrentHashMap<>();

    private final double[][] draws;
    private final String description;

    private PosteriorDistribution(double[][] draws, String description) {
        this.draws = draws;
        this.description = description;
    }

    /** The posterior with {@code draws} draws from a chain seeded with {@code seed}. */
    public static PosteriorDistribution of(int draws, long seed) {
        return CACHE.computeIfAbsent(List.of((long) draws, seed), k -> compute(draws, seed));
    }

    /** The shipped published posterior ({@link PublishedPosterior}): 5,000 draws of 4 chains. */
    public static PosteriorDistribution published() {
        return CACHE.computeIfAbsent(List.of(-1L, PublishedPosterior.SEED), k -> {
            CalibrationPosterior p = PublishedPosterior.load();
            double[][] d = new double[p.draws().size()][];
            for (int i = 0; i < d.length; i++) d[i] = p.draws().get(i).toArray();
            return new PosteriorDistribution(d, String.format(Locale.ROOT,
                    "calibration posterior (published draws: %d chains x %,d, seed %d, %,d distinct vectors; docs/calibration.md)",
                    p.chains(), p.draws().size() / p.chains(), PublishedPosterior.SEED, p.distinctDraws()));
        });
    }

    private static PosteriorDistribution compute(int n, long seed) {
        CalibrationProblem problem = CalibrationProblem.paper(ConflictNetwork.of(BundledData.network()),
                CalibrationTarget.fromTrends(BundledData.trends()));
        CalibrationPosterior p = CalibrationPosterior.sample(problem, problem.bounds().toScaled(NetworkParameters.REFERENCE),
                PosteriorOptions.DEFAULT.withDraws(n).withSeed(seed), ProgressListener.NONE);
        double[][] d = new double[p.draws().size()][];
        for (int i = 0; i < d.length; i++) d[i] = p.draws().get(i).toArray();
        return new PosteriorDistribution(d, "calibration posterior (" + n + " draws, seed " + seed + ", acceptance "
                + String.format(Locale.ROOT, "%.2f", p.acceptanceRate()) + "; docs/calibration.md)");
    }

    @Override
    public NetworkParameters sample(UniformRandomProvider rng) {
        return NetworkParameters.fromArray(draws[rng.nextInt(draws.length)]);
    }

    @Override
    public String description() { return description; }

    public int size() { return draws.length; }

    /** Number of distinct parameter vectors among the stored draws. */
    public int distinctDraws() {
        Set<List<Double>> s = new HashSet<>();
        for (double[] d : draws) s.add(Arrays.stream(d).boxed().toList());
        return s.size();
    }
}
