package org.cartellab.calibration;

import java.util.List;
import org.cartellab.network.NetworkParameters;

/**
 * The result of a least-squares fit: the best parameters, their scaled coordinates, the loss, goodness of fit of the
 * casualty series, the fitted series, every start's outcome, and which parameters ended on a bound.
 *
 * @param atLower     per parameter, true if the optimum is within 1e-3 (scaled) of the lower bound
 * @param atUpper     likewise for the upper bound
 * @param evaluations engine runs used by all starts together
 */
public record CalibrationFit(NetworkParameters parameters, double[] scaled, double loss, FitStatistics casualties,
                             FitStatistics arrests, ModelSeries fitted, List<Start> starts, boolean[] atLower,
                             boolean[] atUpper, int evaluations) {

    /**
     * One optimiser start: where it began and ended (scaled), its loss, its cost, and whether BOBYQA converged
     * (false: the evaluation budget ran out and {@code to} is the best point it evaluated).
     */
    public record Start(double[] from, double[] to, double loss, int evaluations, boolean converged) {
        public Start {
            from = from.clone();
            to = to.clone();
        }

        @Override public double[] from() { return from.clone(); }

        @Override public double[] to() { return to.clone(); }
    }

    public CalibrationFit {
        scaled = scaled.clone();
        atLower = atLower.clone();
        atUpper = atUpper.clone();
        starts = List.copyOf(starts);
    }

    @Override public double[] scaled() { return scaled.clone(); }

    @Override public boolean[] atLower() { return atLower.clone(); }

    @Override public boolean[] atUpper() { return atUpper.clone(); }
}
