package org.cartellab.cohort;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The release follow-up of one birth cohort's incapacitated members at one sentence multiplier α.
 *
 * @param alpha                  the multiplier applied to every sentence drawn
 * @param people                 incapacitations followed
 * @param outcomes               how many ended each way
 * @param sentenceYears          sum of the sentences handed down (α x drawn), years
 * @param prisonYears            sum of the years actually spent in prison (a sentence is cut short by death at the end age)
 * @param preventedActivityYears expected years of cartel activity the prison terms removed (see {@link ReleaseFollowUp})
 * @param potentialActivityYears the cohort's recruits' years from recruitment to the end age (the authors' MaxAct)
 */
public record RecidivismOutcome(double alpha, long people, Map<ReleaseOutcome, Long> outcomes, double sentenceYears,
                                double prisonYears, double preventedActivityYears, double potentialActivityYears) {
    public RecidivismOutcome {
        EnumMap<ReleaseOutcome, Long> copy = new EnumMap<>(ReleaseOutcome.class);
        for (ReleaseOutcome o : ReleaseOutcome.values()) copy.put(o, outcomes.getOrDefault(o, 0L));
        outcomes = Collections.unmodifiableMap(copy);
    }

    public long count(ReleaseOutcome o) { return outcomes.get(o); }

    /** Share of the followed people that ended this way (NaN when nobody was followed). */
    public double share(ReleaseOutcome o) { return people == 0 ? Double.NaN : (double) count(o) / people; }

    public double meanSentenceYears() { return people == 0 ? Double.NaN : sentenceYears / people; }

    public double meanPrisonYears() { return people == 0 ? Double.NaN : prisonYears / people; }

    /** Years of cartel activity prevented per year spent in prison; NaN when nobody spent time in prison (α = 0). */
    public double preventedPerPrisonYear() { return prisonYears == 0 ? Double.NaN : preventedActivityYears / prisonYears; }

    /** Sentence-years as a share of the cohort's potential activity (the authors' IncapS / MaxAct, without their 1.26 factor). */
    public double sentenceShareOfPotentialActivity() { return potentialActivityYears == 0 ? Double.NaN : sentenceYears / potentialActivityYears; }
}
