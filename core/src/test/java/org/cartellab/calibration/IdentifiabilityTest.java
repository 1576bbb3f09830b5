package org.cartellab.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cartellab.data.BundledData;
import org.cartellab.network.NetworkParameters;
import org.junit.jupiter.api.Test;

class IdentifiabilityTest {
    private final CalibrationProblem problem = CalibrationProblem.paper(Synthetic.NETWORK, CalibrationTarget.fromTrends(BundledData.trends()));

    @Test
    void thePapersDataPinDownRecruitmentAndConflictOnly() {
        Identifiability id = Identifiability.at(problem, ParameterBounds.PAPER.toScaled(NetworkParameters.REFERENCE),
                Identifiability.DEFAULT_STEP, 10);
        // Gauss-Newton curvature: symmetric positive semi-definite by construction
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) assertThat(id.hessian()[i][j]).isCloseTo(id.hessian()[j][i], within(1e-9 * Math.abs(id.hessian()[i][i])));
        }
        assertThat(id.eigenvalues()[0]).isGreaterThanOrEqualTo(-1e-9 * id.eigenvalues()[4]);
        assertThat(id.eigenvalues()).isSorted();
        assertThat(id.wellDetermined()).containsExactly("recruitment", "conflict");
        assertThat(id.poorlyDetermined()).containsExactly("incapacitation", "saturation", "initial_members");
        assertThat(id.flatDirections()).containsExactly(0, 1, 2);
        assertThat(id.conditionNumber()).isGreaterThan(1e4);
        // the loss it reports is the problem's loss at that point
        assertThat(id.loss()).isCloseTo(problem.loss(NetworkParameters.REFERENCE), within(1e-6 * id.loss()));
    }

    @Test
    void curvatureMatchesSecondDifferencesAlongAStiffDirection() {
        double[] u = ParameterBounds.PAPER.toScaled(NetworkParameters.REFERENCE);
        Identifiability id = Identifiability.at(problem, u, Identifiability.DEFAULT_STEP, 10);
        // along recruitment the loss is close to quadratic over +-0.01 and dominated by J^T J
        double h = 0.01;
        double[] plus = u.clone();
        plus[0] += h;
        double[] minus = u.clone();
        minus[0] -= h;
        double second = (problem.lossScaled(plus) - 2 * problem.lossScaled(u) + problem.lossScaled(minus)) / (h * h);
        assertThat(id.hessian()[0][0]).isCloseTo(second, within(0.05 * second));
    }
}
