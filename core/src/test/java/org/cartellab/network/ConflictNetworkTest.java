package org.cartellab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.cartellab.data.BundledData;
import org.junit.jupiter.api.Test;

/** The sparse conflict term against the dense matrix K of the paper, on the bundled network and random members. */
class ConflictNetworkTest {
    static final ConflictNetwork NETWORK = ConflictNetwork.of(BundledData.network());

    @Test
    void sparsePressureAndTotalEqualTheDenseProduct() {
        int n = NETWORK.size();
        double[][] w = NETWORK.rivalryMatrix();
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) k[i][j] = i == j ? 0 : (w[i][j] + 1) / (NETWORK.allianceStrength(i) + 1);
        }
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            double[] c = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                c[i] = trial == 0 ? NETWORK.initialMembers(115_000)[i] : rng.nextDouble() * 5_000;
                total += c[i];
            }
            double[] sparse = new double[n];
            NETWORK.conflictPressure(c, total, sparse);
            double denseTotal = 0;
            for (int i = 0; i < n; i++) {
                double kc = 0;
                for (int j = 0; j < n; j++) kc += k[i][j] * c[j];
                assertThat(sparse[i]).as("(K C)_%d", i).isCloseTo(kc, within(1e-12 * kc));
                denseTotal += c[i] * kc;
            }
            assertThat(NETWORK.conflictTotal(c, total)).isCloseTo(denseTotal, within(1e-12 * denseTotal));
        }
    }

    @Test
    void rivalryIsSymmetricAndCountedOncePerPair() {
        int entries = 0;
        for (int i = 0; i < NETWORK.size(); i++) {
            for (int j = 0; j < NETWORK.size(); j++) {
                assertThat(NETWORK.rivalry(i, j)).isEqualTo(NETWORK.rivalry(j, i));
                if (NETWORK.rivalry(i, j) != 0) entries++;
            }
        }
        assertThat(entries).isEqualTo(2 * NETWORK.rivalryPairs());
    }
}
