/**
 * The simulator's core: lever settings (hand-set or a course of action's) run on the network engine from a start week
 * of the reference history, beside the status quo, through the comparison's single-run unit
 * ({@link org.cartellab.analysis.ComparisonRunner#run}, hence {@link org.cartellab.policy.PolicyCompiler}); the
 * prison-years estimate; and posterior predictive bands on the core ensemble runner with the calibration posterior.
 *
 * <p>May depend on model, network, policy, analysis and calibration; nothing in core depends on it. Adapters (the web
 * app) call it with lever settings and never build engine input themselves.
 */
package org.cartellab.simulation;
