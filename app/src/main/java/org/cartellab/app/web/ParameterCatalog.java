package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.model.ModelParameter;
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

    /** The form group of each multiplier slider (what it acts on). */
    static final Map<String, String> GROUPS = Map.of("recruitment", "flows_in", "incapacitation", "enforcement", "conflict", "violence",
            "saturation", "flows_out");

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
        List<LeverControl> out = new ArrayList<>();
        // one slider per parameter a policy may scale, with the range, symbol and label key of its declaration
        for (ModelParameter p : ModelParameters.NETWORK.parameters()) {
            if (!p.scalable()) continue;
            out.add(new LeverControl(p.name(), p.name(), "multiplier", p.multiplierRange().low(), p.multiplierRange().high(), 0.05, 1,
                    GROUPS.getOrDefault(p.name(), "other"), p.name().substring(0, 1).toUpperCase(Locale.ROOT) + p.name().substring(1).replace('_', ' '),
                    "Multiplies " + p.symbol() + ". " + p.meaning(), assumption, p.labelKey(), "lever." + p.name() + ".help"));
        }
        out.addAll(List.of(
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
                        "ENPOL 2021 sentences weighted by 1/sentence as in docs/models.md; the multiplier's range is the control's, not a claim about any law.")));
        return out;
    }

    public static LeverControl lever(String id) {
        for (LeverControl l : levers()) if (l.id().equals(id)) return l;
        return null;
    }
}
