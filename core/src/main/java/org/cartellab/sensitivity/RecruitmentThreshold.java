package org.cartellab.sensitivity;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.network.NetworkParameters;
import org.cartellab.network.NetworkResult;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.NetworkState;
import org.cartellab.network.ParameterPath;
import org.cartellab.network.Tolerances;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * The recruitment the cartels need to hold their size: the smallest constant recruitment rate rho* at which total
 * members at the end of a horizon are not below those at its start, starting from a given state with the other
 * parameters held fixed. Reported as weekly recruits at the start, {@code rho* T(start)}.
 */
public final class RecruitmentThreshold {
    private RecruitmentThreshold() {}

    /** The threshold, the weekly losses at the start (recruits that would exactly balance them), and solver cost. */
    public record Result(double rate, double recruitsPerWeek, double startMembers, double breakEvenRecruitsPerWeek,
                         int horizonWeeks, int runs) {}

    /**
     * Solves {@code T(start + horizon; rho) = T(start)} for rho with Hipparchus's bracketing Brent solver, to a
     * relative accuracy of 1e-7 in rho (far below what the integrator tolerances can distinguish in T).
     */
    public static Result find(NetworkState start, NetworkParameters others, int startWeek, int horizonWeeks, Tolerances tolerances) {
        if (horizonWeeks <= 0) throw new IllegalArgumentException("horizon must be > 0 weeks, got " + horizonWeeks);
        double t0 = start.total();
        int[] runs = {0};
        DoubleUnaryOperator change = rho -> {
            runs[0]++;
            NetworkRun run = new NetworkRun(start.network(), ParameterPath.constant(others.with("recruitment", rho)),
                    startWeek, startWeek + horizonWeeks, start.members(), List.of(), tolerances, false);
            return new NetworkSimulator().run(run).members(startWeek + horizonWeeks) - t0;
        };
        double low = 0;
        if (change.applyAsDouble(low) >= 0) {
            throw new IllegalStateException("members do not fall even without recruitment; no threshold to find");
        }
        double high = Math.max(others.recruitment(), 1e-4);
        while (change.applyAsDouble(high) < 0) {
            low = high;
            high *= 2;
            if (high > 1) throw new IllegalStateException("no recruitment rate up to 1 per week holds members constant");
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-7, high * 1e-9, 1e-6, 5);
        double rho = solver.solve(200, change::applyAsDouble, low, high, AllowedSolution.ABOVE_SIDE);

        NetworkRun instant = new NetworkRun(start.network(), ParameterPath.constant(others), startWeek, startWeek,
                start.members(), List.of(), tolerances, false);
        NetworkResult atStart = new NetworkSimulator().run(instant);
        double losses = atStart.weekly().get(WeeklyColumn.INCAPACITATIONS, startWeek)
                + atStart.weekly().get(WeeklyColumn.DEATHS, startWeek)
                + atStart.weekly().get(WeeklyColumn.EXITS, startWeek);
        return new Result(rho, rho * t0, t0, losses, horizonWeeks, runs[0]);
    }
}
