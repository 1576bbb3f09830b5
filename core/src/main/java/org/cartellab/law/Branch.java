package org.cartellab.law;

/** Which part of the US government acts in a course of action. */
public enum Branch {
    ARMED_FORCES("armed_forces", "the armed forces"),
    COVERT_ACTION("covert_action", "covert action (intelligence agencies)"),
    LAW_ENFORCEMENT("law_enforcement", "law enforcement"),
    /** Collection and sharing of intelligence, which 50 U.S.C. 3093(e)(1) keeps outside covert action. */
    INTELLIGENCE("intelligence", "intelligence collection and sharing"),
    TREASURY_STATE("treasury_state", "Treasury and State (sanctions, designations, diplomacy, aid)"),
    /** Domestic civilian agencies (health, prevention, education), outside the four security branches. */
    CIVILIAN("civilian", "civilian agencies at home (health, prevention)");

    private final String id;
    private final String label;

    Branch(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    public static Branch fromId(String id) {
        for (Branch b : values()) if (b.id.equals(id)) return b;
        return null;
    }
}
