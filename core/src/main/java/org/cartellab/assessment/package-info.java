/**
 * The assessment of a comparison: criteria and weights, the decision matrix, the legal criterion (from the legal pathways), rank robustness,
 * weak effects, and the comparison ensemble that carries parameter and lever uncertainty into the ranks.
 * <p>Dependencies: May depend on text (generated sentences), comparison, ensemble, policy, law, network, model, data, evidence, calibration,
 * uncertainty and progress.
 */
package org.cartellab.assessment;
