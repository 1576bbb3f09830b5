package org.cartellab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The declared parameters of one model, in the order of its parameter record, with the model's clock. The two
 * instances, {@link #NETWORK} and {@link #COHORT}, are the only lists of parameter names, symbols, units, published
 * values and bounds in the project: NetworkParameters, CohortParameters, the scenario parser (via ModelKind), the
 * policy paths, the calibration bounds and the web's /api/parameters read them.
 *
 * @param clock      the model's clock (origin, default horizon)
 * @param parameters the declarations, in record order
 */
public record ModelParameters(ModelClock clock, List<ModelParameter> parameters) {
    private static final String SCIENCE_2023 = "Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), doi:10.1126/science.adh2888";
    private static final String COHORT_2025 = "Prieto-Curiel (2025), incarceration and rehabilitation model (the authors' R code)";
    private static final double ANY = Double.MAX_VALUE;

    private static ModelParameter.Interval range(double low, double high) { return new ModelParameter.Interval(low, high); }

    /**
     * The network model's five parameters, per week, at the values fitted in the Science paper; the calibration box is
     * the paper's search box (rho in [2, 3]e-3, eta in [110, 120], theta in [1, 2]e-8, omega in [4, 10]e-8,
     * C0 in [110, 115]e3). Every value must be finite and non-negative.
     */
    public static final ModelParameters NETWORK = new ModelParameters(ModelClock.NETWORK, List.of(
            new ModelParameter("recruitment", "ρ", "per week (recruits per member of all cartels)", 2.527474e-3,
                    range(0, ANY), range(2e-3, 3e-3), false, false, range(0, 2),
                    SCIENCE_2023 + ", fitted value", "Weekly recruits are ρ times total members T."),
            new ModelParameter("incapacitation", "η", "members per week", 110,
                    range(0, ANY), range(110, 120), false, false, range(0, 4),
                    SCIENCE_2023 + ", fitted value (at the lower bound of the search box)",
                    "Members removed by arrest or incarceration each week, spread over organisations by size."),
            new ModelParameter("conflict", "θ", "per member per week", 1.549231e-8,
                    range(0, ANY), range(1e-8, 2e-8), false, false, range(0, 3),
                    SCIENCE_2023 + ", fitted value; calibrated on 10 % of homicides and missing persons",
                    "Scales casualties from rivalries: θ C_i (K C)_i a week for organisation i."),
            new ModelParameter("saturation", "ω", "per member per week", 4.0e-8,
                    range(0, ANY), range(4e-8, 10e-8), false, false, range(0, 3),
                    SCIENCE_2023 + ", fitted value (at the lower bound of the search box)",
                    "Members leaving as organisations grow: ω C_i² a week."),
            new ModelParameter("initial_members", "C0", "members on the model's origin, 2012-01-01", 115_000,
                    range(0, ANY), range(110_000, 115_000), true, false, null,
                    SCIENCE_2023 + ", fitted value; split over organisations in proportion to 1/rank",
                    "Total members at the start; the 2020 network is used for the whole run.")));

    /**
     * The cohort model's thirteen scenario parameters, per week, at the published values (restated from the authors'
     * R code); no calibration box (the model is not fitted here). Saturation's value is derived:
     * {@code (ρ π − κP − κK) / equilibrium_size}.
     */
    public static final ModelParameters COHORT = new ModelParameters(ModelClock.COHORT, List.of(
            new ModelParameter("recruitment", "ρ", "recruits per member per week", 370.0 / 175_000,
                    range(0, 1), null, false, false, null, COHORT_2025 + ": 370 recruits a week at 175,000 members",
                    "Each week round(ρ A) people are exposed to recruitment, A being the active members."),
            new ModelParameter("recruitment_probability", "π", "probability", 1.0,
                    range(0, 1), null, false, false, null, COHORT_2025 + " (1 in the published runs)",
                    "Chance that an exposed person joins."),
            new ModelParameter("arrest", "κP", "probability per member per week", (5_700.0 / 52) / 175_000,
                    range(0, 1), null, false, false, null, COHORT_2025 + ": 5,700 incapacitated a year at 175,000 members",
                    "Weekly probability that a member is incapacitated (imprisoned)."),
            new ModelParameter("killing", "κK", "probability per member per week", (6_500.0 / 52) / 175_000,
                    range(0, 1), null, false, false, null, COHORT_2025 + ": 6,500 killed a year at 175,000 members",
                    "Weekly probability that a member is killed."),
            new ModelParameter("saturation", "s", "per member² per week", Double.NaN,
                    range(0, 1), null, false, false, null, COHORT_2025 + ": derived from the long-run size",
                    "Exits per week are round(s A²); by default derived so that equilibrium_size is the long-run size."),
            new ModelParameter("equilibrium_size", "A*", "members", 600_000,
                    range(1, 1e9), null, true, false, null, COHORT_2025,
                    "Long-run size from which saturation is derived."),
            new ModelParameter("initial_members", "A0", "members on the model's origin, 1965-01-01", 23_000,
                    range(0, 1e8), null, true, true, null, COHORT_2025,
                    "Active members at the start."),
            new ModelParameter("sentence_multiplier", "α", "factor", 1.0,
                    range(0, 100), null, false, false, null, COHORT_2025 + " (1: ENPOL 2021 sentences as drawn)",
                    "Factor on every sentence drawn."),
            new ModelParameter("cohort_year", "y", "calendar year of birth", 1990,
                    range(1900, 2100), null, true, true, null, COHORT_2025,
                    "The birth year whose men the model follows."),
            new ModelParameter("cohort_size", "N", "males born that year", 1_400_000,
                    range(1, 1e9), null, true, false, null, COHORT_2025,
                    "Denominator of the followed cohort's shares."),
            new ModelParameter("min_recruitment_age", "a_min", "years", 15,
                    range(0, 99), null, true, false, null, COHORT_2025,
                    "Youngest recruitment age."),
            new ModelParameter("max_recruitment_age", "a_max", "years", 35,
                    range(0, 100), null, true, false, null, COHORT_2025,
                    "Oldest recruitment age."),
            new ModelParameter("exit_age_exponent", "k", "power", 15,
                    range(0, 40), null, true, false, null, COHORT_2025,
                    "Exits are drawn with probability proportional to age to this power.")));

    public ModelParameters {
        parameters = List.copyOf(parameters);
        List<String> seen = new ArrayList<>();
        for (ModelParameter p : parameters) {
            if (seen.contains(p.name())) throw new IllegalArgumentException("parameter " + p.name() + " declared twice");
            seen.add(p.name());
        }
    }

    /** Scenario-file names, in record order. */
    public List<String> names() { return parameters.stream().map(ModelParameter::name).toList(); }

    /** Names an intervention may change (not fixed at the start). */
    public List<String> timeVarying() { return parameters.stream().filter(p -> !p.startOnly()).map(ModelParameter::name).toList(); }

    /** Names a policy lever may scale over time (those with a multiplier range). */
    public List<String> scalable() { return parameters.stream().filter(ModelParameter::scalable).map(ModelParameter::name).toList(); }

    public boolean contains(String name) { return names().contains(name); }

    /**
     * The declaration of {@code name}.
     *
     * @throws IllegalArgumentException naming the model and the accepted names when there is none
     */
    public ModelParameter get(String name) {
        for (ModelParameter p : parameters) if (p.name().equals(name)) return p;
        throw new IllegalArgumentException("unknown " + clock.model() + " parameter '" + name + "'; expected one of " + String.join(", ", names()));
    }

    /** Index of {@code name} in record order (throws as {@link #get}). */
    public int indexOf(String name) { return parameters.indexOf(get(name)); }

    /** Published values in record order (NaN for derived ones). */
    public double[] values() { return parameters.stream().mapToDouble(ModelParameter::value).toArray(); }

    /** Lower corner of the calibration box in record order (throws IllegalStateException for a model without one). */
    public double[] calibrationLow() { return box(true); }

    /** Upper corner of the calibration box in record order. */
    public double[] calibrationHigh() { return box(false); }

    private double[] box(boolean low) {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            ModelParameter.Interval b = parameters.get(i).calibrationBox();
            if (b == null) throw new IllegalStateException(clock.model() + " parameter " + parameters.get(i).name() + " has no calibration box");
            v[i] = low ? b.low() : b.high();
        }
        return v;
    }
}
