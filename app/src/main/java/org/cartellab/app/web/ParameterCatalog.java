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

    /** The levers the network simulator can apply in this build, as multipliers from a given week. */
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
                        "Saturation (leaving)", "Multiplies omega, how fast members leave as organisations grow.", assumption));
    }

    public static LeverControl lever(String id) {
        for (LeverControl l : levers()) if (l.id().equals(id)) return l;
        return null;
    }
}
