package org.cartellab.app.web;

import java.util.List;
import org.cartellab.model.ModelParameters;

/** The network parameters and the simulator's levers with units, bounds and sources, for /api/parameters. */
public final class ParameterCatalog {
    private ParameterCatalog() {}

    /**
     * The network parameters as declared once in core ({@link ModelParameters#NETWORK}): the defaults (the paper's
     * fitted values) with the bounds the paper's calibration searched.
     */
    public static List<ParameterInfo> parameters() {
        return ModelParameters.NETWORK.parameters().stream()
                .map(p -> new ParameterInfo(p.name(), p.symbol(), p.unit(), p.value(), p.calibrationBox().low(), p.calibrationBox().high(),
                        p.source() + "; bounds are the calibration's search box", false, p.meaning()))
                .toList();
    }

    /** Query ids of the levers that are not parameter multipliers (see {@link PolicyLevers}). */
    public static final List<String> POLICY_LEVER_IDS = List.of("leadership_targets", "factions", "cooperation", "recovery_weeks", "sentence");

    /**
     * The levers the network simulator can apply in this build, from a given week: multipliers on the parameters, then
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
                new LeverControl("leadership_targets", "leadership_removal", "count", 0, PolicyLevers.MAX_TARGETS, 1, 0, "structure",
                        "Leadership removal: organisations affected",
                        "How many of the top-ranked organisations (by the network's rank, never by name or person) lose their leadership at the "
                                + "start week and split into rival factions. This is the organisational mechanism the literature describes "
                                + "(removing leaders fragments organisations and raises violence), not an operation.",
                        "Calderón et al. 2015, Phillips 2015, Lindo and Padilla-Romo 2018, Atuesta and Pérez-Dávila 2018 (fragmentation after "
                                + "leadership removal). Assumptions: factions are rivals with weight 1 (the smallest rivalry weight in the 2020 data), "
                                + "share the parent's alliances, split members equally; no succession window."),
                new LeverControl("factions", "leadership_removal", "count", PolicyLevers.MIN_FACTIONS, PolicyLevers.MAX_FACTIONS, 1,
                        PolicyLevers.DEFAULT_FACTIONS, "structure", "Factions per organisation",
                        "How many rival factions each affected organisation splits into (only matters when at least one organisation is affected).",
                        "Range of the control (assumption): splits into 2 to 5 factions."),
                new LeverControl("cooperation", "cooperation", "change", PolicyLevers.MIN_COOPERATION, PolicyLevers.MAX_COOPERATION, 0.05, 0,
                        "cooperation", "Mexico's cooperation (change)",
                        "Change in Mexico's cooperation index (1 = today's) at the start week: -1 removes it, +0.5 raises it by half. It scales the "
                                + "share of baseline arrests that depends on cooperation (assumed 0.5) and any incapacitation multiplier.",
                        "Assumption: half of the baseline incapacitation depends on cooperation (central value of comparison-defaults.yaml, "
                                + "range 0.25-0.75; no source measures it)."),
                new LeverControl("recovery_weeks", "cooperation", "weeks", 0, PolicyLevers.MAX_RECOVERY_WEEKS, 4, PolicyLevers.DEFAULT_RECOVERY_WEEKS,
                        "cooperation", "Cooperation recovery time",
                        "Weeks for a cooperation change to fade linearly back to today's level; 0 means it does not recover within the horizon.",
                        "Range of the control (assumption): no evidence fixes how fast cooperation recovers."),
                new LeverControl("sentence", "sentence_multiplier", "multiplier", PolicyLevers.MIN_SENTENCE, PolicyLevers.MAX_SENTENCE, 0.05, 1,
                        "prison", "Sentence length (alpha)",
                        "Multiplies the mean sentence. The network model has no prisons: this only scales the prison-years estimate (fourth chart), "
                                + "and does not feed back on members, casualties or arrests.",
                        "ENPOL 2021 sentences weighted by 1/sentence as in docs/models.md; the multiplier's range is the control's, not a claim about any law."));
    }

    public static LeverControl lever(String id) {
        for (LeverControl l : levers()) if (l.id().equals(id)) return l;
        return null;
    }
}
