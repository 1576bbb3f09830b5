package org.cartellab.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.data.DataFormatException;
import org.cartellab.model.ModelParameters;

/**
 * Parameters of the age-cohort model (docs/models.md, "The cohort model"), per week. {@code saturation} may be NaN, meaning
 * "derived": {@code (recruitment - arrest - killing) / equilibriumSize}, the value that makes {@code equilibriumSize}
 * the long-run size of the mean-field recursion.
 *
 * @param recruitment            ρ, recruits per member per week (370 / 175,000)
 * @param recruitmentProbability π, chance that an exposed person joins (1 in the published runs)
 * @param arrest                 κP, weekly probability that a member is incapacitated ((5,700 / 52) / 175,000)
 * @param killing                κK, weekly probability that a member is killed ((6,500 / 52) / 175,000)
 * @param saturation             s, exits per week are round(s A²); NaN to derive it from {@code equilibriumSize}
 * @param equilibriumSize        long-run size used to derive s (600,000)
 * @param initialMembers         active members on 1965-01-01 (23,000)
 * @param sentenceMultiplier     α, factor on every sentence drawn (1)
 * @param cohortYear             the birth year followed (1990)
 * @param cohortSize             males born that year, the denominator of the cohort's shares (1.4 million)
 * @param minRecruitmentAge      youngest recruitment age in years (15)
 * @param maxRecruitmentAge      oldest recruitment age in years (35)
 * @param exitAgeExponent        exits are drawn with probability proportional to age to this power (15)
 * @param endAge                 age in years at which the follow-up ends ("natural death" in the authors' code, 69)
 */
public record CohortParameters(double recruitment, double recruitmentProbability, double arrest, double killing,
                               double saturation, double equilibriumSize, double initialMembers,
                               double sentenceMultiplier, int cohortYear, double cohortSize,
                               double minRecruitmentAge, double maxRecruitmentAge, double exitAgeExponent, double endAge) {

    /** Age in years at which the follow-up ends ("natural death" in the authors' code); not a scenario parameter. */
    public static final double END_AGE = 69;

    /** Scenario names, in the order of the record (from the declarations, {@link ModelParameters#COHORT}). */
    public static final List<String> NAMES = ModelParameters.COHORT.names();

    /** The published parameters (Prieto-Curiel 2025), from the declarations. */
    public static final CohortParameters REFERENCE = fromValues(ModelParameters.COHORT.values());

    private static CohortParameters fromValues(double[] v) {
        return new CohortParameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], (int) v[8], v[9], v[10], v[11], v[12], END_AGE);
    }

    public CohortParameters {
        check(recruitment, "recruitment");
        check(recruitmentProbability, "recruitment_probability");
        check(arrest, "arrest");
        check(killing, "killing");
        if (!Double.isNaN(saturation)) check(saturation, "saturation");
        check(equilibriumSize, "equilibrium_size");
        check(initialMembers, "initial_members");
        check(sentenceMultiplier, "sentence_multiplier");
        check(cohortYear, "cohort_year");
        check(cohortSize, "cohort_size");
        check(minRecruitmentAge, "min_recruitment_age");
        check(maxRecruitmentAge, "max_recruitment_age");
        if (maxRecruitmentAge - minRecruitmentAge < 1.0 / 26) {
            throw new IllegalArgumentException("max_recruitment_age (" + maxRecruitmentAge + ") must exceed min_recruitment_age ("
                    + minRecruitmentAge + ") by at least two weeks");
        }
        check(exitAgeExponent, "exit_age_exponent");
        check(endAge, "end_age", 1, 120);
        if (Double.isNaN(saturation) && recruitment * recruitmentProbability < arrest + killing) {
            throw new IllegalArgumentException("recruitment x recruitment_probability (" + recruitment * recruitmentProbability
                    + ") must be at least arrest + killing (" + (arrest + killing)
                    + ") to derive saturation from equilibrium_size; give saturation explicitly otherwise");
        }
    }

    private static void check(double v, String name) {
        ModelParameters.COHORT.get(name).check(v);
    }

    private static void check(double v, String name, double min, double max) {
        if (!(v >= min && v <= max)) throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", got " + v);
    }

    /** s: the given saturation, or the one derived from the equilibrium size. */
    public double effectiveSaturation() {
        return Double.isNaN(saturation) ? (recruitment * recruitmentProbability - arrest - killing) / equilibriumSize : saturation;
    }

    /** The value of a parameter by scenario name (saturation: the effective one). */
    public double get(String name) {
        return switch (name) {
            case "recruitment" -> recruitment;
            case "recruitment_probability" -> recruitmentProbability;
            case "arrest" -> arrest;
            case "killing" -> killing;
            case "saturation" -> effectiveSaturation();
            case "equilibrium_size" -> equilibriumSize;
            case "initial_members" -> initialMembers;
            case "sentence_multiplier" -> sentenceMultiplier;
            case "cohort_year" -> cohortYear;
            case "cohort_size" -> cohortSize;
            case "min_recruitment_age" -> minRecruitmentAge;
            case "max_recruitment_age" -> maxRecruitmentAge;
            case "exit_age_exponent" -> exitAgeExponent;
            default -> throw new IllegalArgumentException("unknown cohort parameter '" + name + "'; expected one of " + String.join(", ", NAMES));
        };
    }

    /** A copy with one parameter changed by scenario name (throws IllegalArgumentException on a bad name or value). */
    public CohortParameters with(String name, double v) {
        return switch (name) {
            case "recruitment" -> new CohortParameters(v, recruitmentProbability, arrest, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "recruitment_probability" -> new CohortParameters(recruitment, v, arrest, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "arrest" -> new CohortParameters(recruitment, recruitmentProbability, v, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "killing" -> new CohortParameters(recruitment, recruitmentProbability, arrest, v, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "saturation" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, v, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "equilibrium_size" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, v, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "initial_members" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, equilibriumSize, v, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "sentence_multiplier" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, equilibriumSize, initialMembers, v, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "cohort_year" -> {
                check(v, "cohort_year");
                yield new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, (int) v, cohortSize, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            }
            case "cohort_size" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, v, minRecruitmentAge, maxRecruitmentAge, exitAgeExponent, endAge);
            case "min_recruitment_age" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, v, maxRecruitmentAge, exitAgeExponent, endAge);
            case "max_recruitment_age" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, v, exitAgeExponent, endAge);
            case "exit_age_exponent" -> new CohortParameters(recruitment, recruitmentProbability, arrest, killing, saturation, equilibriumSize, initialMembers, sentenceMultiplier, cohortYear, cohortSize, minRecruitmentAge, maxRecruitmentAge, v, endAge);
            default -> throw new IllegalArgumentException("unknown cohort parameter '" + name + "'; expected one of " + String.join(", ", NAMES));
        };
    }

    /**
     * The reference parameters with a scenario's overrides, applied in the order of {@link #NAMES} so that a
     * combination is checked only once complete. A bad value is a {@link DataFormatException} naming
     * {@code parameters.<name>} in {@code source}.
     */
    public static CohortParameters fromScenario(String source, Map<String, Double> overrides) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String n : NAMES) if (overrides.containsKey(n)) ordered.put(n, overrides.get(n));
        for (String n : overrides.keySet()) {
            if (!NAMES.contains(n)) throw new DataFormatException(source, 0, "parameters." + n, "not a cohort-model parameter; expected one of " + String.join(", ", NAMES));
        }
        // Build field by field without validating combinations until every value is in.
        double[] v = new double[NAMES.size()];
        for (int i = 0; i < NAMES.size(); i++) {
            String n = NAMES.get(i);
            v[i] = n.equals("saturation") ? REFERENCE.saturation() : REFERENCE.get(n);
            if (ordered.containsKey(n)) v[i] = ordered.get(n);
        }
        String last = ordered.isEmpty() ? null : "parameters." + String.join("/", ordered.keySet());
        try {
            if (v[8] != Math.rint(v[8])) throw new DataFormatException(source, 0, "parameters.cohort_year", "expected a whole year, found " + v[8]);
            return new CohortParameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], (int) v[8], v[9], v[10], v[11], v[12], REFERENCE.endAge());
        } catch (IllegalArgumentException e) {
            String field = last;
            for (String n : NAMES) if (e.getMessage().startsWith(n + " ")) field = "parameters." + n;
            throw new DataFormatException(source, 0, field, e.getMessage());
        }
    }
}
