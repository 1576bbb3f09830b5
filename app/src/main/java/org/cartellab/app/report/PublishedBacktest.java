package org.cartellab.app.report;

import java.util.List;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.data.BundledData;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestPart;

/**
 * Back-test (a) of {@code cartel-lab backtest} (the published calibration against INEGI after 2021) with every
 * {@link #EVERY}-th published posterior draw, computed once per process (seed 1, deterministic) and shared by the
 * report's validation section and the briefing's known misses.
 */
final class PublishedBacktest {
    /** Every how many published draws the band uses. */
    static final int EVERY = 10;

    private PublishedBacktest() {}

    /** The back-test part (years after 2021 with predictive bands and metrics). */
    static BacktestPart part() { return Holder.PART; }

    /** Weekly casualties 2027 against 2022 at the published parameters, percent. */
    static double statusQuoCasualtyChange() { return Holder.SQ; }

    /** Draws in the published posterior. */
    static int draws() { return Holder.DRAWS; }

    private static final class Holder {
        static final BacktestPart PART;
        static final double SQ;
        static final int DRAWS;

        static {
            Backtest bt = new Backtest(ConflictNetwork.of(BundledData.network()), EnsembleRunner.allCores(), 1);
            var published = PublishedPosterior.load();
            PART = bt.published(BundledData.national(), published, EVERY);
            SQ = bt.statusQuoCasualtyChange(BundledData.national());
            DRAWS = published.draws().size();
        }
    }

    /** The years in the back-test whose predictive median lies above the observation. */
    static List<Integer> overPredicted() {
        return part().years().stream().filter(y -> y.predictive().median() > y.observed().value()).map(y -> y.year()).toList();
    }
}
