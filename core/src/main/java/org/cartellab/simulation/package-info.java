/**
 * The simulator's core: lever settings (hand-set or a course of action's) run on the network engine from a start week
 * of the reference history, beside the status quo, through the comparison's single-run unit
 * ({@link org.cartellab.comparison.ComparisonRunner#run}, hence {@link org.cartellab.policy.PolicyCompiler}); the
 * prison-years estimate; and posterior predictive bands on the core ensemble runner with the calibration posterior.
 * <p>Dependencies: May depend on comparison, ensemble, policy, network, model, data, evidence, calibration, uncertainty
 * and progress; nothing in core depends on it. Adapters (the web app) call it with lever settings and never build
 * engine input themselves.
 */
package org.cartellab.simulation;
