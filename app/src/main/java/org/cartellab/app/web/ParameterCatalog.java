package org.cartellab.app.web;

import java.util.List;
import org.cartellab.network.NetworkParameters;

/** The network parameters and the simulator's levers with units, bounds and sources, for /api/parameters. */
public final class ParameterCatalog {
    private ParameterCatalog() {}

    static final String PAPER = "Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), doi:10.1126/science.adh2888";

    /** The defaults (the paper's fitted values) with the bounds the paper's calibration searched. */
    public static List<ParameterInfo> parameters() {
        NetworkParameters p = NetworkParameters.REFERENCE;
        return List.of(
                new ParameterInfo("recruitment", "rho", "per week (recruits per member of all cartels)", p.recruitment(), 2e-3, 3e-3,
                        PAPER + ", fitted value; bounds are the calibration's search box", false,
                        "Weekly recruits are rho times total members T; about 290 a week at 115,000 members."),
                new ParameterInfo("incapacitation", "eta", "members per week", p.incapacitation(), 110, 120,
                        PAPER + ", fitted value (at the lower bound of the search box)", false,
                        "Members removed by arrest or incarceration each week, spread over organisations by size."),
                new ParameterInfo("conflict", "theta", "per member per week", p.conflict(), 1e-8, 2e-8,
                        PAPER + ", fitted value; calibrated on 10% of homicides and missing persons", false,
                        "Scales casualties from rivalries: theta * C_i * (K C)_i a week for organisation i."),
                new ParameterInfo("saturation", "omega", "per member per week", p.saturation(), 4e-8, 10e-8,
                        PAPER + ", fitted value (at the lower bound of the search box)", false,
                        "Members leaving as organisations grow: omega * C_i^2 a week."),
                new ParameterInfo("initial_members", "C0", "members on 2012-01-01", p.initialMembers(), 110_000, 115_000,
                        PAPER + ", fitted value; split over organisations in proportion to 1/rank", false,
                        "Total members at the start; the 2020 network is used for the whole run."));
    }

    /** Slider ranges of the structural levers (ranges of the controls, not claims about any policy). */
    public static final int MAX_TARGETS = 10;
    public static final int MIN_FACTIONS = 2;
    public static final int MAX_FACTIONS = 5;
    public static final int DEFAULT_FACTIONS = 2;
    public static final double MIN_COOPERATION = -1;
    public static final double MAX_COOPERATION = 0.5;
    public static final int DEFAULT_RECOVERY_WEEKS = 104;
    public static final int MAX_RECOVERY_WEEKS = 1040;
    public static final double MIN_SENTENCE = 0.25;
    public static final double MAX_SENTENCE = 3;

    /**
     * The hand-set levers of the simulator (each becomes a lever setting, {@link org.cartellab.simulation.HandSetLevers}), from a given week: multipliers on the parameters, then
     * leadership removal (by rank), Mexico's cooperation and the sentence multiplier (prison-years estimate only).
     */
    public static List<LeverControl> levers() {
        String assumption = "Range of the control, not a claim about any policy: a multiplier of 1 is the status quo.";
        return List.of(
                new LeverControl("recruitment", "recruitment", "multiplier", 0, 2, 0.05, 1, "flows_in",
                        "Recruitment", "Multiplies the weekly recruitment rate rho (prevention, demand and labour-market policy act here).", assumption),
                new LeverControl("incapacitation", "incapacitation", "multiplier", 0, 4, 0.05, 1, "enforcement",
                        "Incapacitation", "Multiplies eta, members arrested or incarcerated each week.", assumption),
                new LeverControl("conflict", "conflict", "multiplier", 0, 3, 0.05, 1, "violence",
                        "Conflict between rivals", "Multiplies theta, the intensity of violence between rival organisations.", assumption),
                new LeverControl("saturation", "saturation", "multiplier", 0, 3, 0.05, 1, "flows_out",
                        "Saturation (leaving)", "Multiplies omega, how fast members leave as organisations grow.", assumption),
                new LeverControl("leadership_targets", "leadership_removal", "count", 0, MAX_TARGETS, 1, 0, "structure",
                        "Leadership removal: organisations affected",
                        "How many of the top-ranked organisations (by the network's rank, never by name or person) lose their leadership at the "
                                + "start week and split into rival factions. This is the organisational mechanism the literature describes "
                                + "(removing leaders fragments organisations and raises violence), not an operation.",
                        "Calderón et al. 2015, Phillips 2015, Lindo and Padilla-Romo 2018, Atuesta and Pérez-Dávila 2018 (fragmentation after "
                                + "leadership removal). Assumptions: factions are rivals with weight 1 (the smallest rivalry weight in the 2020 data), "
                                + "share the parent's alliances, split members equally; no succession window."),
                new LeverControl("factions", "leadership_removal", "count", MIN_FACTIONS, MAX_FACTIONS, 1,
                        DEFAULT_FACTIONS, "structure", "Factions per organisation",
                        "How many rival factions each affected organisation splits into (only matters when at least one organisation is affected).",
                        "Range of the control (assumption): splits into 2 to 5 factions."),
                new LeverControl("cooperation", "cooperation", "change", MIN_COOPERATION, MAX_COOPERATION, 0.05, 0,
                        "cooperation", "Mexico's cooperation (change)",
                        "Change in Mexico's cooperation index (1 = today's) at the start week: -1 removes it, +0.5 raises it by half. It scales the "
                                + "share of baseline arrests that depends on cooperation (assumed 0.5) and any incapacitation multiplier.",
                        "Assumption: half of the baseline incapacitation depends on cooperation (central value of comparison-defaults.yaml, "
                                + "range 0.25-0.75; no source measures it)."),
                new LeverControl("recovery_weeks", "cooperation", "weeks", 0, MAX_RECOVERY_WEEKS, 4, DEFAULT_RECOVERY_WEEKS,
                        "cooperation", "Cooperation recovery time",
                        "Weeks for a cooperation change to fade linearly back to today's level; 0 means it does not recover within the horizon.",
                        "Range of the control (assumption): no evidence fixes how fast cooperation recovers."),
                new LeverControl("sentence", "sentence_multiplier", "multiplier", MIN_SENTENCE, MAX_SENTENCE, 0.05, 1,
                        "prison", "Sentence length (alpha)",
                        "Multiplies the mean sentence. The network model has no prisons: this only scales the prison-years estimate (fourth chart), "
                                + "and does not feed back on members, casualties or arrests.",
                        "ENPOL 2021 sentences weighted by 1/sentence as in DESIGN.md; the multiplier's range is the control's, not a claim about any law."));
    }

    public static LeverControl lever(String id) {
        for (LeverControl l : levers()) if (l.id().equals(id)) return l;
        return null;
    }
}
