package org.cartellab.app.web;

import io.javalin.http.Context;
import java.util.Map;
import org.cartellab.app.report.BacktestFiles;
import org.cartellab.validation.BundledBacktest;

/**
 * GET /api/validation as a plain function of a {@link Context}: back-test (a), the published calibration against
 * INEGI's homicides after 2021, from {@link BundledBacktest} (the one computation {@code cartel-lab backtest} and the
 * report show; computed once per process, about 1 s of CPU on first use).
 */
final class ValidationHandler {
    private Map<String, Object> validation;

    void handle(Context ctx) { ctx.json(validation()); }

    private synchronized Map<String, Object> validation() {
        if (validation == null) validation = BacktestFiles.publishedJson(BundledBacktest.published());
        return validation;
    }
}
