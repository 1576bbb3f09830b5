package org.cartellab.calibration;

import java.util.List;

/**
 * Marginal summaries of posterior draws in natural units (parameter order of {@code NetworkParameters.NAMES}),
 * their correlation matrix, multi-chain effective sample sizes and split-R̂ per parameter
 * ({@link ConvergenceDiagnostics}), the sampler's acceptance rate, the median of the yearly residual standard
 * deviation {@code sqrt(SSR/n)} over the draws (casualties per week), the number of chains and the number of
 * distinct parameter vectors among the draws.
 */
public record PosteriorSummary(List<String> names, int draws, double[] mean, double[] median, double[] lower95,
                               double[] upper95, double[][] correlation, double[] effectiveSampleSize, double[] rhat,
                               double acceptanceRate, double residualSd, int chains, int distinctDraws) {}
