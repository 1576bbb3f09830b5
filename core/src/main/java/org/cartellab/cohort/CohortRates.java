package org.cartellab.cohort;

import org.cartellab.model.Schedule;

/**
 * The weekly rates of one run: parameters as interventions change them, step by step. Index {@code t} holds the rates
 * used by the step that ends in week {@code t} (1..weeks); index 0 repeats week 1. Saturation is fixed at the start
 * (derived from the base parameters) unless an intervention changes {@code saturation} itself.
 */
public final class CohortRates {
    private final CohortParameters base;
    private final int weeks;
    private final double[] recruitment;
    private final double[] recruitmentProbability;
    private final double[] arrest;
    private final double[] killing;
    private final double[] saturation;
    private final double[] sentenceMultiplier;

    /** Evaluates the schedule for every week; throws IllegalArgumentException naming the parameter and week if a rate leaves its range. */
    public CohortRates(CohortParameters base, Schedule schedule, int weeks) {
        if (weeks < 0) throw new IllegalArgumentException("weeks must be >= 0, got " + weeks);
        this.base = base;
        this.weeks = weeks;
        org.cartellab.model.ParameterChanges changes = schedule.changes();
        recruitment = path(changes, "recruitment", base.recruitment(), 1);
        recruitmentProbability = path(changes, "recruitment_probability", base.recruitmentProbability(), 1);
        arrest = path(changes, "arrest", base.arrest(), 1);
        killing = path(changes, "killing", base.killing(), 1);
        saturation = path(changes, "saturation", base.effectiveSaturation(), 1);
        sentenceMultiplier = path(changes, "sentence_multiplier", base.sentenceMultiplier(), 100);
    }

    private double[] path(org.cartellab.model.ParameterChanges schedule, String name, double value, double max) {
        double[] v = new double[weeks + 1];
        org.cartellab.model.CompiledChanges compiled = new org.cartellab.model.CompiledChanges(schedule, java.util.Map.of(name, value));
        for (int t = 1; t <= weeks; t++) {
            v[t] = compiled.value(0, t);
            if (!(v[t] >= 0 && v[t] <= max)) {
                throw new IllegalArgumentException(name + " must stay from 0 to " + max + " but interventions make it " + v[t] + " in week " + t);
            }
        }
        v[0] = weeks >= 1 ? v[1] : value;
        return v;
    }

    public CohortParameters base() { return base; }

    public int weeks() { return weeks; }

    private static int clamp(int t, int weeks) { return Math.max(0, Math.min(t, weeks)); }

    /** ρ in week t (weeks past the horizon repeat the last week). */
    public double recruitment(int t) { return recruitment[clamp(t, weeks)]; }

    public double recruitmentProbability(int t) { return recruitmentProbability[clamp(t, weeks)]; }

    public double arrest(int t) { return arrest[clamp(t, weeks)]; }

    public double killing(int t) { return killing[clamp(t, weeks)]; }

    public double saturation(int t) { return saturation[clamp(t, weeks)]; }

    /** α for an arrest in week t. */
    public double sentenceMultiplier(int t) { return sentenceMultiplier[clamp(t, weeks)]; }
}
