package org.cartellab.policy;

/** The risks the seeds weigh, each rated per course of action. */
public enum RiskDimension {
    HARM_TO_US_PERSONS("harm_to_us_persons"),
    CARTEL_RETALIATION("cartel_retaliation"),
    DIPLOMATIC_BACKLASH("diplomatic_backlash"),
    SUCCESSION_VIOLENCE("succession_violence"),
    ESCALATION("escalation"),
    CIVIL_LIBERTIES("civil_liberties");

    private final String id;

    RiskDimension(String id) { this.id = id; }

    public String id() { return id; }

    public static RiskDimension fromId(String id) {
        for (RiskDimension d : values()) if (d.id.equals(id)) return d;
        return null;
    }
}
