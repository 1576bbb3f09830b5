/**
 * Out-of-sample validation of the network model: the back-test of the published calibration against what happened
 * after 2021, a hold-out (calibrate on 2012-2018, predict 2019-2021), posterior predictive bands, error metrics and
 * coverage, the casualty proxy that makes post-2021 homicide counts comparable with the calibration target, and the
 * optional recalibration through a later year.
 *
 * <p>Pure computation: no printing, files or CLI. May depend on {@code org.cartellab.calibration},
 * {@code org.cartellab.data}, {@code org.cartellab.network} and the ensemble machinery of {@code org.cartellab.analysis}
 * (thread pool, random streams, quantiles); nothing depends on this package except the app.
 */
package org.cartellab.validation;
