package org.cartellab.calibration;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.data.BundledData;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;

/** Synthetic calibration data made by the engine itself at known parameters. */
final class Synthetic {
    private Synthetic() {}

    static final ConflictNetwork NETWORK = ConflictNetwork.of(BundledData.network());

    /** Known truth strictly inside the paper's box (scaled coordinates). */
    static final double[] TRUTH = {0.45, 0.3, 0.6, 0.5, 0.7};

    /**
     * The model's own weekly casualties at {@code truth} as the weekly target, and as yearly observations the model at
     * the paper's knot weeks plus Gaussian noise of standard deviation {@code noise} (0 for exact data).
     */
    static CalibrationTarget target(double[] truth, double noise, long seed) {
        CalibrationProblem probe = CalibrationProblem.paper(NETWORK, CalibrationTarget.fromTrends(BundledData.trends()));
        NetworkParameters p = ParameterBounds.PAPER.fromScaled(truth);
        ModelSeries m = probe.simulate(p);
        double[] knotWeeks = probe.target().knotWeeks();
        double[] knots = new double[knotWeeks.length];
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int j = 0; j < knots.length; j++) knots[j] = m.casualtiesAt(knotWeeks[j]) + noise * g.sample();
        return new CalibrationTarget(m.casualties(), null, knotWeeks, knots, null, "synthetic, engine at " + p);
    }
}
