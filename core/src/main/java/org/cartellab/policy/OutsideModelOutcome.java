package org.cartellab.policy;

/**
 * An outcome the engines do not model (e.g. US overdose deaths), shown as a sourced range marked "outside the
 * model", never as model output.
 */
public record OutsideModelOutcome(String metric, String unit, Range range, Evidence evidence) {}
