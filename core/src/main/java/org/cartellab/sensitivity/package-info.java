/**
 * Global sensitivity analysis: Saltelli designs, Sobol indices of the network model over the calibration
 * bounds, and the recruitment threshold that keeps the cartels' size. <p>Dependencies: May depend on ensemble,
 * network, model, data, calibration, uncertainty and progress.
 */
package org.cartellab.sensitivity;
