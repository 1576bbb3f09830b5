package org.cartellab.network;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/**
 * Stops the integration when total members fall to {@link NetworkSimulator#COLLAPSE_MEMBERS}. Checked at step ends
 * only (infinite max-check interval): {@code dT/dt = rho T - eta - casualties - exits < 0} whenever
 * {@code T < eta / rho} (tens of thousands of members), so near the threshold T only falls, {@code g = T - 1} has at
 * most one root there, and a sign change between step ends cannot be missed. Checking every 4 weeks instead cost
 * ~1 ms per 520-week run.
 */
final class CollapseDetector implements ODEEventDetector {
    private final int n;
    private boolean fired;

    CollapseDetector(int n) { this.n = n; }

    boolean fired() { return fired; }

    @Override
    public AdaptableInterval getMaxCheckInterval() { return s -> Double.POSITIVE_INFINITY; }

    @Override
    public int getMaxIterationCount() { return 100; }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() { return new BracketingNthOrderBrentSolver(1e-10, 1e-6, 1e-12, 5); }

    @Override
    public ODEEventHandler getHandler() {
        return (state, detector, increasing) -> {
            fired = true;
            return Action.STOP;
        };
    }

    @Override
    public double g(ODEStateAndDerivative state) {
        double[] y = state.getPrimaryState();
        double total = 0;
        for (int i = 0; i < n; i++) total += y[i];
        return total - NetworkSimulator.COLLAPSE_MEMBERS;
    }
}
