package org.cartellab.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one model clock: each engine's origin (the date of week 0), its default horizon, and the conversion between
 * model weeks and calendar dates. The only home of the network's 2012-01-01, the cohort's 1965-01-01, the default
 * horizons of 520 and 4,227 weeks and the network's 2022 start.
 *
 * <p>Convention: weeks are whole numbers counted from the origin; week {@code w} is the seven days
 * {@code [origin + 7w, origin + 7w + 7)}, and its date (in weekly.csv, charts and labels) is the first of them,
 * {@link #dateOf(int)}. Negative weeks lie before the origin (the cohort model's members are born then). A model year
 * is {@link #WEEKS_PER_YEAR} = 52 weeks (364 days), as in both papers: horizons of "1, 5 and 10 years" are 52, 260
 * and 520 weeks, which drift about 1.24 days a year behind the calendar.
 *
 * <p>The 2022 start ({@link #START_2022}, network week 520): the end of the network paper's reference run, ten
 * 52-week model years after 2012-01-01. Its calendar date is 2021-12-19 (3,640 days after the origin, 13 days before
 * 1 January 2022). Comparisons, the simulator's default lever week and the 2022 figures of the network model start
 * there; it is called "the 2022 start" (model year 2022), and labels that show a date show 2021-12-19, never
 * 2022-01-01. The cohort model's 2022 figures are instead dated: they use the week containing 1 January 2022
 * ({@code COHORT.weekContaining(2022-01-01)}).
 *
 * @param model        the scenario file's model id ({@code network} or {@code cohort})
 * @param origin       the calendar date of week 0
 * @param defaultWeeks the horizon a scenario gets when it gives no {@code weeks}
 */
public record ModelClock(String model, LocalDate origin, int defaultWeeks) {
    /** Weeks in a model year. */
    public static final int WEEKS_PER_YEAR = 52;

    /**
     * The network model (Prieto-Curiel, Campedelli and Hope, Science 381:1312, 2023): week 0 is 2012-01-01 and the
     * reference run covers 520 weeks (ten model years) to the 2022 start.
     */
    public static final ModelClock NETWORK = new ModelClock("network", LocalDate.of(2012, 1, 1), 10 * WEEKS_PER_YEAR);

    /**
     * The cohort model (Prieto-Curiel, incarceration and rehabilitation, 2025): week 0 is 1965-01-01 and the authors'
     * runs cover 4,227 weeks (the last, week 4227, begins 2046-01-05).
     */
    public static final ModelClock COHORT = new ModelClock("cohort", LocalDate.of(1965, 1, 1), 4227);

    /** The network model's 2022 start: week 520, dated 2021-12-19 (see the class comment). */
    public static final int START_2022 = NETWORK.defaultWeeks();

    public ModelClock {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("a model clock needs the model's id");
        if (origin == null) throw new IllegalArgumentException("a model clock needs an origin date");
        if (defaultWeeks < 1) throw new IllegalArgumentException("default horizon must be at least one week, got " + defaultWeeks);
    }

    /** The first day of week {@code week}: {@code origin + 7 week} days (negative weeks lie before the origin). */
    public LocalDate dateOf(int week) { return origin.plusDays(7L * week); }

    /** The week that contains {@code date}: the last week whose first day is on or before it (floor). */
    public int weekContaining(LocalDate date) {
        return Math.toIntExact(Math.floorDiv(ChronoUnit.DAYS.between(origin, date), 7L));
    }

    /** The first week whose first day is on or after {@code date} (ceiling). */
    public int firstWeekOnOrAfter(LocalDate date) {
        return Math.toIntExact(-Math.floorDiv(-ChronoUnit.DAYS.between(origin, date), 7L));
    }

    /** The week {@code years} model years (52 weeks each) after {@code week}. */
    public static int yearsAfter(int week, int years) { return week + WEEKS_PER_YEAR * years; }

    /** The clock of a model by its scenario-file id; throws IllegalArgumentException for another id. */
    public static ModelClock of(String model) {
        if (NETWORK.model.equals(model)) return NETWORK;
        if (COHORT.model.equals(model)) return COHORT;
        throw new IllegalArgumentException("unknown model '" + model + "'; expected network or cohort");
    }
}
