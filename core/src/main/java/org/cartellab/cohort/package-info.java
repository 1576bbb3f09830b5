/**
 * The cohort engine: a stochastic birth-cohort model of recruitment, incarceration, release and recidivism by
 * age, from 1965 on, with its samplers and the analyses of its own outputs. <p>Dependencies: May depend on
 * model, data and progress only. Must not depend on policy, comparison, assessment, ensemble, sensitivity, uncertainty,
 * calibration or scenario (checked by ArchitectureTest).
 */
package org.cartellab.cohort;
