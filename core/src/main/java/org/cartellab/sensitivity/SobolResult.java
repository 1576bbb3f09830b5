package org.cartellab.sensitivity;

import java.util.List;

/**
 * Sobol indices of every (output, input) pair, the output variances, the design size, and the bootstrap used for the
 * intervals ({@code resamples} resamples, {@code confidence} level).
 */
public record SobolResult(List<String> inputs, List<String> outputs, int baseSize, long evaluations, int resamples,
                          double confidence, double[] variance, List<SobolIndex> indices) {
    public SobolResult {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        variance = variance.clone();
        indices = List.copyOf(indices);
    }

    @Override
    public double[] variance() { return variance.clone(); }

    public SobolIndex index(String output, String input) {
        for (SobolIndex s : indices) if (s.output().equals(output) && s.input().equals(input)) return s;
        throw new IllegalArgumentException("no index for output " + output + ", input " + input);
    }
}
