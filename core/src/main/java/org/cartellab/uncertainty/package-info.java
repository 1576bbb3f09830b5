/**
 * Parameter uncertainty and summaries of spread: joint distributions of the network parameters (fixed, the
 * reference box, the interface the calibration posterior implements), the paper's calibration bounds,
 * quantiles, spreads and the reproducible per-run random streams. <p>Dependencies: May depend on network and
 * model only (never on calibration, so that calibration can implement its interfaces).
 */
package org.cartellab.uncertainty;
