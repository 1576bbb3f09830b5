package org.cartellab.app.web;

import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.network.NetworkParameters;
import org.cartellab.uncertainty.ParameterDistribution;

/**
 * A minimal, replaceable stand-in for parameter uncertainty: each network parameter drawn independently and uniformly
 * in a box. The default box is an assumption (see {@link #DEFAULT}); the calibration's posterior replaces it at merge.
 */
public record ParameterBox(NetworkParameters low, NetworkParameters high) implements ParameterDistribution {
    /**
     * rho within +/-3% of the fitted value, theta and omega within +/-20%, eta in [110, 120] and C0 in
     * [110,000, 115,000] (the paper's calibration bounds for those two). Assumption: the paper reports no
     * uncertainty on its fit; these widths only show how sensitive the curves are, they are not a posterior.
     */
    public static final ParameterBox DEFAULT = new ParameterBox(
            new NetworkParameters(2.527474e-3 * 0.97, 110, 1.549231e-8 * 0.8, 4.0e-8 * 0.8, 110_000),
            new NetworkParameters(2.527474e-3 * 1.03, 120, 1.549231e-8 * 1.2, 4.0e-8 * 1.2, 115_000));

    public ParameterBox {
        double[] lo = low.toArray();
        double[] hi = high.toArray();
        for (int i = 0; i < lo.length; i++) {
            if (lo[i] > hi[i]) throw new IllegalArgumentException("box bound " + NetworkParameters.NAMES.get(i) + ": low > high");
        }
    }

    @Override
    public NetworkParameters sample(UniformRandomProvider rng) {
        double[] lo = low.toArray();
        double[] hi = high.toArray();
        double[] v = new double[lo.length];
        for (int i = 0; i < v.length; i++) v[i] = lo[i] + (hi[i] - lo[i]) * rng.nextDouble();
        return NetworkParameters.fromArray(v);
    }

    @Override
    public String description() {
        return "independent uniform draws in a box around the fitted values (rho +/-3%, theta and omega +/-20%, "
                + "eta 110-120, C0 110,000-115,000); an assumption for illustration, not a calibrated posterior";
    }
}
