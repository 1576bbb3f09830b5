package org.cartellab.assessment;

import org.cartellab.policy.RiskDimension;

/**
 * A column of the decision matrix; for every criterion a lower raw value is better. Modelled outcomes are percent
 * changes against the status quo at the matrix horizon; the legal column follows {@link LegalCriterion} (the legal
 * pathways' assessments, 0..2; its id stays {@code legal_burden} so weights files keep working); risks are the
 * catalog's 0..4 ratings. Each is normalised on its own fixed {@link #scale()}.
 */
public enum Criterion {
    MEMBERS_CHANGE("members_change", "Members vs status quo (%)", Group.MODELLED, null),
    CASUALTIES_CHANGE("casualties_change", "Cumulative casualties vs status quo (%)", Group.MODELLED, null),
    LEGAL_BURDEN("legal_burden", "Legal assessment (pathways: clear 0, contested 1, prima facie unlawful 2; mean of US, MX, international)", Group.LEGAL, null),
    HARM_TO_US_PERSONS("harm_to_us_persons", "Risk: harm to US persons", Group.RISK, RiskDimension.HARM_TO_US_PERSONS),
    CARTEL_RETALIATION("cartel_retaliation", "Risk: cartel retaliation", Group.RISK, RiskDimension.CARTEL_RETALIATION),
    DIPLOMATIC_BACKLASH("diplomatic_backlash", "Risk: diplomatic backlash", Group.RISK, RiskDimension.DIPLOMATIC_BACKLASH),
    SUCCESSION_VIOLENCE("succession_violence", "Risk: succession violence", Group.RISK, RiskDimension.SUCCESSION_VIOLENCE),
    ESCALATION("escalation", "Risk: escalation", Group.RISK, RiskDimension.ESCALATION),
    CIVIL_LIBERTIES("civil_liberties", "Risk: civil liberties", Group.RISK, RiskDimension.CIVIL_LIBERTIES),
    HARM_TO_MEXICAN_CIVILIANS("harm_to_mexican_civilians", "Risk: harm to Mexican civilians", Group.RISK, RiskDimension.HARM_TO_MEXICAN_CIVILIANS),
    US_PERSONNEL_LEGAL_EXPOSURE("us_personnel_legal_exposure", "Risk: legal exposure of US personnel", Group.RISK, RiskDimension.US_PERSONNEL_LEGAL_EXPOSURE),
    PARTNER_INTELLIGENCE_LOSS("partner_intelligence_loss", "Risk: loss of third-country intelligence partners", Group.RISK, RiskDimension.PARTNER_INTELLIGENCE_LOSS),
    LEAKS_AND_CORRUPTION("leaks_and_corruption", "Risk: leaks and corruption", Group.RISK, RiskDimension.LEAKS_AND_CORRUPTION),
    PARTNER_FORCE_ABUSES("partner_force_abuses", "Risk: abuses by partner forces", Group.RISK, RiskDimension.PARTNER_FORCE_ABUSES),
    RECRUITMENT_BLOWBACK("recruitment_blowback", "Risk: recruitment blowback", Group.RISK, RiskDimension.RECRUITMENT_BLOWBACK),
    EXTORTION_DISPLACEMENT("extortion_displacement", "Risk: displacement into extortion", Group.RISK, RiskDimension.EXTORTION_DISPLACEMENT),
    COST("cost", "Risk: cost to the US", Group.RISK, RiskDimension.COST),
    NORM_EROSION("norm_erosion", "Risk: precedent and norm erosion", Group.RISK, RiskDimension.NORM_EROSION);

    /** The three families of criteria; the default weights give each family a third. */
    public enum Group { MODELLED, LEGAL, RISK }

    private final String id;
    private final String label;
    private final Group group;
    private final RiskDimension risk;

    Criterion(String id, String label, Group group, RiskDimension risk) {
        this.id = id;
        this.label = label;
        this.group = group;
        this.risk = risk;
    }

    public String id() { return id; }

    public String label() { return label; }

    public Group group() { return group; }

    /** The fixed scale this criterion is normalised on (never the spread of the options compared). */
    public CriterionScale scale() {
        return switch (group) {
            case MODELLED -> CriterionScale.OUTCOME_PCT;
            case LEGAL -> CriterionScale.LEGAL;
            case RISK -> CriterionScale.RISK_LEVEL;
        };
    }

    /** The risk dimension for risk criteria, else null. */
    public RiskDimension risk() { return risk; }

    public static Criterion fromId(String id) {
        for (Criterion c : values()) if (c.id.equals(id)) return c;
        return null;
    }
}
