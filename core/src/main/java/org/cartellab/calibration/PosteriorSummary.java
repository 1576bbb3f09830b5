package org.cartellab.calibration;

import java.util.List;

/**
 * Marginal summaries of posterior draws in natural units (parameter order of {@code NetworkParameters.NAMES}),
 * their correlation matrix, effective sample sizes, the sampler's acceptance rate, and the median of the
 * yearly residual standard deviation {@code sqrt(SSR/n)} over the draws (casualties per week).
 */
public record PosteriorSummary(List<String> names, int draws, double[] mean, double[] median, double[] lower95,
                               double[] upper95, double[][] correlation, double[] effectiveSampleSize,
                               double acceptanceRate, double residualSd) {}
