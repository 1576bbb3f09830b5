package org.cartellab.cohort;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.data.Sentences;

/**
 * Draws a sentence (years) from the survey with weight 1/sentence, as the authors do: the survey samples people in
 * prison, where long sentences are over-represented in proportion to their length, so weighting by 1/length turns
 * the stock of prisoners into the flow of people sentenced.
 */
public final class SentenceSampler {
    private final double[] years;
    private final double[] probabilities;
    private final double meanDrawn;

    private final SharedStateDiscreteSampler prototype;

    public SentenceSampler(Sentences sentences) {
        // Respondents with the same sentence are merged: weight (count / sentence) on each distinct value.
        TreeMap<Double, Integer> counts = new TreeMap<>();
        for (double y : sentences.years()) counts.merge(y, 1, Integer::sum);
        years = new double[counts.size()];
        probabilities = new double[counts.size()];
        double total = 0;
        int i = 0;
        for (Map.Entry<Double, Integer> e : counts.entrySet()) {
            years[i] = e.getKey();
            probabilities[i] = e.getValue() / e.getKey();
            total += probabilities[i++];
        }
        double mean = 0;
        for (i = 0; i < years.length; i++) {
            probabilities[i] /= total;
            mean += probabilities[i] * years[i];
        }
        meanDrawn = mean;
        prototype = AliasMethodDiscreteSampler.of(RandomSource.SPLIT_MIX_64.create(0L), probabilities);
    }

    /** Number of distinct sentence lengths. */
    public int distinctValues() { return years.length; }

    /** Probability of drawing sentence {@code years} (0 if it is not in the survey). */
    public double probability(double sentenceYears) {
        int i = Arrays.binarySearch(years, sentenceYears);
        return i < 0 ? 0 : probabilities[i];
    }

    /** The expected sentence of a draw (years, before the multiplier): the harmonic mean of the survey's sentences. */
    public double meanYears() { return meanDrawn; }

    /** A sampler bound to {@code rng}; {@link Draw#next()} returns years. */
    public Draw bind(UniformRandomProvider rng) {
        SharedStateDiscreteSampler s = prototype.withUniformRandomProvider(rng);
        return () -> years[s.sample()];
    }

    /** Sentences drawn from one random stream. */
    @FunctionalInterface
    public interface Draw {
        double next();
    }
}
