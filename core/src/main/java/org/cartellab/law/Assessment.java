package org.cartellab.law;

/**
 * The fixed scale of a jurisdiction's assessment. {@link #score()} is the value the ranking's legal criterion uses:
 * clear 0, contested 1, prima facie unlawful 2. The scale orders pathways; it does not measure a probability of
 * being held unlawful, and it is not legal advice.
 */
public enum Assessment {
    /** A basis in force applies, no prohibition applies unanswered, and nothing relied on is contested. */
    CLEAR("clear", 0),
    /** A basis exists but it, the reach of a prohibition, or a fact it relies on is disputed. */
    CONTESTED("contested", 1),
    /** On its face the conduct falls within a prohibition that no uncontested exception answers, or no basis is claimed. */
    PRIMA_FACIE_UNLAWFUL("prima facie unlawful", 2);

    private final String label;
    private final int score;

    Assessment(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() { return label; }

    /** 0, 1 or 2. */
    public int score() { return score; }

    /** The worse of two. */
    public Assessment worse(Assessment other) { return other.score > score ? other : this; }
}
