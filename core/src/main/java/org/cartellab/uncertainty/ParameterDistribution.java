package org.cartellab.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.network.NetworkParameters;

/** A joint distribution of the network parameters that ensembles draw from (e.g. the calibration posterior). */
public interface ParameterDistribution {
    NetworkParameters sample(UniformRandomProvider rng);

    /** A short description for reports, e.g. "posterior from calibration (MCMC, 4,000 draws)". */
    String description();

    /** Always the same parameters: an ensemble without parameter uncertainty. */
    static ParameterDistribution fixed(NetworkParameters p) {
        return new ParameterDistribution() {
            @Override
            public NetworkParameters sample(UniformRandomProvider rng) { return p; }

            @Override
            public String description() { return "fixed parameters"; }
        };
    }
}
