package org.cartellab.uncertainty;

import java.io.Serializable;
import org.apache.commons.rng.UniformRandomProvider;
import org.cartellab.network.NetworkParameters;

/** The same parameters for every run (no parameter uncertainty); unlike {@link ParameterDistribution#fixed}, Serializable for Spark. */
public record FixedParameters(NetworkParameters parameters) implements ParameterDistribution, Serializable {
    @Override
    public NetworkParameters sample(UniformRandomProvider rng) { return parameters; }

    @Override
    public String description() { return "fixed parameters " + parameters.asMap(); }

    private Object writeReplace() { return new Proxy(parameters.toArray()); }

    private record Proxy(double[] values) implements Serializable {
        private Object readResolve() { return new FixedParameters(NetworkParameters.fromArray(values)); }
    }
}
