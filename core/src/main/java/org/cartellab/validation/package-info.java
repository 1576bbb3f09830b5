/**
 * Out-of-sample validation of the network model: the back-test of the published calibration against what happened
 * after 2021, a hold-out (calibrate on 2012-2018, predict 2019-2021), posterior predictive bands, error metrics and
 * coverage, the casualty proxy that makes post-2021 homicide counts comparable with the calibration target, and the
 * optional recalibration through a later year, and {@link org.cartellab.validation.BundledBacktest}, the one back-test of the
 * published calibration on the bundled data that every view shows (one thinning, cached per process). Pure
 * computation: no printing, files or CLI.
 * <p>Dependencies: May depend on calibration, data, network, model, ensemble (the thread pool), uncertainty (random
 * streams, spreads) and progress. Nothing else in core depends on it; the app does.
 */
package org.cartellab.validation;
