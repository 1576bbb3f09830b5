package org.cartellab.policy;

/**
 * The risks a course of action is rated on (ordinal 0 none, 1 low, 2 moderate, 3 high, 4 severe). The first six come
 * from the seed articles; the rest from the 2025-26 debate (shared LAW-AND-EVIDENCE-2026.md, section 7). Each carries
 * the anchors that say what a level means on that dimension, so that a source can be tied to a level
 * (docs/courses-of-action.md prints the same anchors as a table).
 */
public enum RiskDimension {
    HARM_TO_US_PERSONS("harm_to_us_persons", "harm to US persons",
            "0 no US presence; 1 remote; 2 US personnel or citizens exposed in rare cases; 3 operations where many US citizens live or travel; 4 expected US casualties"),
    CARTEL_RETALIATION("cartel_retaliation", "cartel retaliation",
            "0 none expected; 1 against Mexican forces occasionally; 2 local violent reprisals; 3 coordinated reprisals across several states or against US targets; 4 sustained campaign including inside the US"),
    DIPLOMATIC_BACKLASH("diplomatic_backlash", "diplomatic backlash",
            "0 strengthens the partnership; 1 friction; 2 public protest by Mexico; 3 suspension of some cooperation; 4 rupture of security cooperation"),
    SUCCESSION_VIOLENCE("succession_violence", "succession violence",
            "0 no leadership removal; 1 removals unlikely; 2 possible removals; 3 removals likely, measured local surges follow; 4 removals of several top leaders by design"),
    ESCALATION("escalation", "escalation",
            "0 no force; 1 coercive but non-military; 2 US force far from Mexico; 3 lethal US force in a widening campaign; 4 open-ended armed conflict on or near Mexican territory"),
    CIVIL_LIBERTIES("civil_liberties", "civil liberties",
            "0 none; 1 administrative errors affecting individuals; 2 incidental collection or broad criminal exposure of US persons; 3 systematic intrusion; 4 suspension of rights"),
    HARM_TO_MEXICAN_CIVILIANS("harm_to_mexican_civilians", "harm to Mexican civilians",
            "0 none; 1 isolated incidents; 2 documented civilian deaths in the tens; 3 hundreds of deaths or a measured local rise in homicides; 4 thousands, or a sustained national rise"),
    US_PERSONNEL_LEGAL_EXPOSURE("us_personnel_legal_exposure", "legal exposure of US personnel",
            "0 none; 1 routine oversight; 2 civil suits against the US government; 3 credible criminal exposure abroad (Mexican courts, the ICC) or suits over killings; 4 prosecutions under way"),
    PARTNER_INTELLIGENCE_LOSS("partner_intelligence_loss", "loss of third-country intelligence partners",
            "0 none or gains; 1 private objections; 2 a partner restricts some sharing; 3 several partners suspend sharing; 4 lasting loss of a major partner"),
    LEAKS_AND_CORRUPTION("leaks_and_corruption", "leaks and corruption",
            "0 nothing shared; 1 little shared, few hands; 2 sharing with vetted units; 3 wide sharing with units that have leaked before; 4 documented leaks that cost lives"),
    PARTNER_FORCE_ABUSES("partner_force_abuses", "abuses by partner forces",
            "0 no partner force action; 1 indirect; 2 more partner operations with oversight; 3 partner operations by forces with thousands of complaints on record; 4 documented atrocities linked to the support"),
    RECRUITMENT_BLOWBACK("recruitment_blowback", "recruitment blowback",
            "0 none or lowers recruitment; 1 slight; 2 grievance among some communities; 3 civilian harm or humiliation that groups can exploit widely; 4 a national rally-round effect"),
    EXTORTION_DISPLACEMENT("extortion_displacement", "displacement into extortion",
            "0 none; 1 small; 2 some revenue loss pushes groups to local predation; 3 a large revenue shock or fragmentation, which studies link to more extortion; 4 a national rise driven by the measure"),
    COST("cost", "cost to the US",
            "0 negligible; 1 under 100 million dollars a year; 2 100 million to 1 billion a year; 3 1 to 10 billion a year; 4 over 10 billion a year or a war footing"),
    NORM_EROSION("norm_erosion", "precedent and norm erosion",
            "0 none; 1 within long-standing practice; 2 stretches an existing legal theory; 3 a new claim (armed conflict with criminals, force abroad without consent) others can cite; 4 abandons a settled rule");

    private final String id;
    private final String label;
    private final String anchors;

    RiskDimension(String id, String label, String anchors) {
        this.id = id;
        this.label = label;
        this.anchors = anchors;
    }

    /** The name used in catalog files and criteria. */
    public String id() { return id; }

    /** A short human-readable name. */
    public String label() { return label; }

    /** What each level 0..4 means on this dimension, in one line. */
    public String anchors() { return anchors; }

    public static RiskDimension fromId(String id) {
        for (RiskDimension d : values()) if (d.id.equals(id)) return d;
        return null;
    }
}
