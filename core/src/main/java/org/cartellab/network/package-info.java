/**
 * The network engine: the conflict network of cartels and the weekly ODE of members, recruitment,
 * incapacitation, conflict deaths and saturation (Prieto-Curiel et al., Science 2023), integrated with
 * Hipparchus, plus its weekly recorder. <p>Dependencies: May depend on model and data only. Must not depend on
 * policy, comparison, assessment, ensemble, sensitivity, uncertainty, calibration or scenario (checked by
 * ArchitectureTest).
 */
package org.cartellab.network;
