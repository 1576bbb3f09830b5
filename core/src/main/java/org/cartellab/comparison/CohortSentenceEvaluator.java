package org.cartellab.comparison;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.cartellab.cohort.AgeAssignment;
import org.cartellab.cohort.AgeRun;
import org.cartellab.cohort.CohortParameters;
import org.cartellab.cohort.CohortRates;
import org.cartellab.cohort.CohortTimeSeries;
import org.cartellab.cohort.Incarceration;
import org.cartellab.cohort.RandomStreams;
import org.cartellab.cohort.ReleaseFollowUp;
import org.cartellab.cohort.SentenceSampler;
import org.cartellab.data.Sentences;
import org.cartellab.model.ModelClock;
import org.cartellab.model.Schedule;
import org.cartellab.model.ParameterChanges;
import org.cartellab.policy.CohortLeverEvaluator;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverSetting;
import org.cartellab.policy.PolicyCompiler;

/**
 * Binds sentence-length levers to the cohort engine (Prieto-Curiel 2025; docs/cohort.md). For a seed it runs the
 * cohort model once (weekly counts S1 and ages S2, 1965 to 2046 or the horizon if later), recording everyone
 * incapacitated from the week containing 1 January 2022 with their age. For a set of lever values and a horizon it
 * sentences the people incapacitated from 2022 to the horizon to α(t) x S, S drawn from ENPOL 2021 with weight
 * 1/sentence, and follows them with the cohort engine's release follow-up (exact expectations over its weekly risks).
 * α(t) is the product of the sentence levers' ramps from 2022 (scaled by the course's cooperation index where a lever
 * says so); the status quo is α = 1.
 *
 * <p>Deterministic: the run and the base sentences come from fixed streams of the seed, and every α (low, central,
 * high and the status quo) uses the same people and the same base sentences (common random numbers), so the
 * differences are the effect of α, not noise. Only sentence levers act here: a course's other levers act in the
 * network engine. Sentences do not change the weekly counts (S1 treats incapacitation as leaving), so the change in
 * active members is read from the follow-up: the expected number of those people released and active at the horizon.
 */
public final class CohortSentenceEvaluator implements CohortLeverEvaluator {
    /** The cohort model's week containing 2022-01-01. */
    public static final int WEEK_2022 = ModelClock.COHORT.weekContaining(LocalDate.of(2022, 1, 1));
    /** Weeks the cohort model runs by default (1965-01-01 to about 2046). */
    public static final int DEFAULT_WEEKS = ModelClock.COHORT.defaultWeeks();

    private final CohortParameters parameters;
    private final SentenceSampler sampler;
    private final Map<Long, Prepared> runs = new HashMap<>();

    private record Prepared(int weeks, ReleaseFollowUp followUp, List<Incarceration> arrests) {}

    public CohortSentenceEvaluator(CohortParameters parameters, Sentences sentences) {
        this.parameters = parameters;
        this.sampler = new SentenceSampler(sentences);
    }

    /** The published parameters and the bundled ENPOL 2021 sentences. */
    public static CohortSentenceEvaluator reference() { return new CohortSentenceEvaluator(CohortParameters.REFERENCE, Sentences.bundled()); }

    @Override
    public boolean evaluates(Lever lever) { return lever == Lever.SENTENCE_MULTIPLIER; }

    @Override
    public Outcome evaluate(List<LeverSetting> settings, int horizonWeeks, long seed) {
        if (horizonWeeks < 1) throw new IllegalArgumentException("horizon must be at least one week, got " + horizonWeeks);
        Prepared run = prepare(seed, WEEK_2022 + horizonWeeks);
        IntToDoubleFunction alpha = alphaPath(settings, horizonWeeks);
        Map<String, Double> with = metrics(run, horizonWeeks, alpha, seed);
        Map<String, Double> statusQuo = metrics(run, horizonWeeks, t -> parameters.sentenceMultiplier(), seed);
        return new Outcome(with, statusQuo, String.format(Locale.ROOT,
                "cohort engine (Prieto-Curiel 2025), seed %d: people incapacitated from cohort week %d (2022-01-01) to the horizon, "
                        + "sentenced to alpha x ENPOL 2021 sentence, followed to age 69 (exact expectations; same people and base sentences for every alpha)",
                seed, WEEK_2022));
    }

    private Map<String, Double> metrics(Prepared run, int horizonWeeks, IntToDoubleFunction alpha, long seed) {
        ReleaseFollowUp.WindowOutcome o = run.followUp().window(run.arrests(), WEEK_2022, WEEK_2022 + horizonWeeks, sampler, alpha,
                RandomStreams.of(seed, RandomStreams.WINDOW_SENTENCES));
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(CohortMetric.INCAPACITATED.id(), (double) o.people());
        m.put(CohortMetric.SENTENCE_YEARS.id(), o.sentenceYears());
        m.put(CohortMetric.PRISON_YEARS.id(), o.prisonYears());
        m.put(CohortMetric.PRISON_YEARS_WITHIN_HORIZON.id(), o.prisonYearsWithin());
        m.put(CohortMetric.ACTIVITY_PREVENTED_YEARS.id(), o.preventedActivityYears());
        m.put(CohortMetric.PREVENTED_PER_PRISON_YEAR.id(), o.preventedPerPrisonYear());
        m.put(CohortMetric.ACTIVE_AT_HORIZON.id(), o.activeAtEnd());
        return m;
    }

    /**
     * α at cohort week t: the base α changed by the sentence levers as {@link PolicyCompiler#sentencePath} compiles them
     * (lever weeks count from 2022, cooperation-scaled levers weighted by the same settings' cooperation index).
     */
    IntToDoubleFunction alphaPath(List<LeverSetting> settings, int horizonWeeks) {
        ParameterChanges changes = PolicyCompiler.sentencePath(settings, 0);
        double base = parameters.sentenceMultiplier();
        return t -> changes.value(PolicyCompiler.SENTENCE, base, t - WEEK_2022);
    }

    private synchronized Prepared prepare(long seed, int lastWeek) {
        int weeks = Math.max(DEFAULT_WEEKS, lastWeek + 1);
        Prepared p = runs.get(seed);
        if (p != null && p.weeks() >= weeks) return p;
        CohortRates rates = new CohortRates(parameters, Schedule.NONE, weeks);
        CohortTimeSeries series = CohortTimeSeries.simulate(rates, seed);
        AgeRun ages = AgeAssignment.assign(series, seed, WEEK_2022 + 1);
        p = new Prepared(weeks, new ReleaseFollowUp(series), ages.recordedArrests());
        runs.put(seed, p);
        return p;
    }
}
