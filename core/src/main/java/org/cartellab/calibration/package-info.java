/**
 * Calibration of the network parameters to the yearly data: the likelihood, the optimiser, the identifiability
 * and the posterior sampler (adaptive Metropolis), and the posterior as a parameter distribution.
 * <p>Dependencies: May depend on network, model, data, uncertainty and progress.
 */
package org.cartellab.calibration;
