package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.cartellab.ensemble.Distributions;
import org.cartellab.network.NetworkParameters;
import org.cartellab.uncertainty.ParameterDistribution;
import org.junit.jupiter.api.Test;

/** The posterior as the ensembles' default distribution: from the data, within the prior, deterministic, serialisable. */
class PosteriorDistributionTest {
    @Test
    void isTheDefaultAndDrawsJointlyWithinThePaperBounds() throws Exception {
        ParameterDistribution d = Distributions.parse(Distributions.DEFAULT);
        assertThat(d).isInstanceOf(PosteriorDistribution.class);
        assertThat(d.description()).contains("posterior");
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        double sumRho = 0;
        for (int i = 0; i < 500; i++) {
            NetworkParameters p = d.sample(rng);
            double[] u = ParameterBounds.PAPER.toScaled(p);
            for (double x : u) assertThat(x).isBetween(0.0, 1.0);
            sumRho += p.recruitment();
        }
        // The data pin recruitment down (docs/calibration.md): its posterior mean lies well inside [2, 3]e-3.
        assertThat(sumRho / 500).isBetween(2.4e-3, 3.0e-3);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(d); }
        ParameterDistribution back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ParameterDistribution) in.readObject();
        }
        UniformRandomProvider a = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        UniformRandomProvider b = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        for (int i = 0; i < 20; i++) assertThat(back.sample(b)).isEqualTo(d.sample(a));
    }
}
