package org.cartellab.validation;

/**
 * Both back-tests and the context a reader needs: (a) the published calibration (2012-2021) against 2022 onward,
 * (b) the hold-out (calibrated on 2012-2018, predicting 2019-2021); what the predictive band contains; the status-quo
 * forecast the product shows (weekly casualties 2022 to 2027 at the published parameters, percent); and the seed.
 */
public record BacktestResult(BacktestPart published, BacktestPart holdout, MissingRatio ratio, String bandNoise,
                             double statusQuoCasualtyChange2022to2027Pct, long seed) {}
