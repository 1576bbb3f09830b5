package org.cartellab.app.web;

import io.javalin.http.Context;
import java.util.Map;
import org.cartellab.app.report.BacktestFiles;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.data.BundledData;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestPart;

/** GET /api/validation as a plain function of a {@link Context}: the published back-test, computed once per server. */
final class ValidationHandler {
    private Map<String, Object> validation;

    void handle(Context ctx) { ctx.json(validation()); }

    /**
     * The published calibration against INEGI's homicides after 2021 (back-test (a), every 10th published posterior
     * draw, as in the HTML report), computed once per server on first request (about half a second).
     */
    private synchronized Map<String, Object> validation() {
        if (validation == null) {
            Backtest bt = new Backtest(ConflictNetwork.of(BundledData.network()), EnsembleRunner.allCores(), 1);
            BacktestPart a = bt.published(BundledData.national(), PublishedPosterior.load(), 10);
            validation = BacktestFiles.publishedJson(a, bt.statusQuoCasualtyChange(BundledData.national()));
        }
        return validation;
    }
}
