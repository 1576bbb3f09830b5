package org.cartellab.network;

import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Step handler that records every integer week of a segment: weeks in [t0, t1), and t1 too for the run's last
 * segment. States at step ends are taken as stored; states inside a step come from the step's dense output, rebuilt
 * once per step by {@link StepPolynomial} (or, for cross-checks, asked of Hipparchus's interpolator at every week).
 */
final class WeeklySampler implements ODEStepHandler {
    private final NetworkDynamics dynamics;
    private final WeeklyRecorder recorder;
    private final double t1;
    private final boolean last;
    private final StepPolynomial polynomial;
    private final double[] state;
    private double nextWeek;
    private int interpolations;

    /** @param polynomial the step rebuilder, or null to call Hipparchus's interpolator for every interior week */
    WeeklySampler(NetworkDynamics dynamics, WeeklyRecorder recorder, double t0, double t1, boolean last, StepPolynomial polynomial) {
        this.dynamics = dynamics;
        this.recorder = recorder;
        this.t1 = t1;
        this.last = last;
        this.polynomial = polynomial;
        this.state = new double[dynamics.getDimension()];
        this.nextWeek = Math.ceil(t0);
    }

    /** Calls made to Hipparchus's interpolator so far. */
    int interpolations() { return interpolations; }

    @Override
    public void handleStep(ODEStateInterpolator step) {
        ODEStateAndDerivative previous = step.getPreviousState();
        ODEStateAndDerivative current = step.getCurrentState();
        double end = current.getTime();
        boolean fitted = false;
        while (nextWeek <= end && (nextWeek < t1 || (last && nextWeek <= t1))) {
            double[] y;
            if (nextWeek == end) {
                y = current.getPrimaryState();
            } else if (nextWeek == previous.getTime()) {
                y = previous.getPrimaryState();
            } else if (polynomial == null) {
                y = step.getInterpolatedState(nextWeek).getPrimaryState();
                interpolations++;
            } else {
                if (!fitted) {
                    polynomial.fit(step);
                    interpolations += polynomial.interpolationsPerFit();
                    fitted = true;
                }
                polynomial.stateAt(nextWeek, state);
                y = state;
            }
            recorder.recordState(nextWeek, y, dynamics);
            nextWeek += 1;
        }
    }
}
