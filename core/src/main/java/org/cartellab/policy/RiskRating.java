package org.cartellab.policy;

/**
 * An ordinal rating of one risk (0 none, 1 low, 2 moderate, 3 high, 4 severe; {@link RiskDimension#anchors()} says
 * what each level means on the dimension) with a rationale and its evidence. A level is either <em>sourced</em>: its
 * evidence names sources and {@code fact} is a level-relevant fact they give (the evidence's rationale then says why
 * that fact supports this level, not only a direction); or a <em>judgment</em> ({@code evidence.assumption()} true,
 * no fact), whose sources, if any, support only a direction. {@code lowReliabilityOnly} is true when every source
 * cited is a news report graded low or unverified, which a judgment may rest on but a sourced level may not.
 */
public record RiskRating(RiskDimension dimension, int level, String rationale, Evidence evidence, String fact, boolean lowReliabilityOnly) {
    public static final int MAX_LEVEL = 4;
    public static final String[] LABELS = {"none", "low", "moderate", "high", "severe"};

    public RiskRating {
        if (level < 0 || level > MAX_LEVEL) throw new IllegalArgumentException("risk level must be 0..4, got " + level);
        fact = fact == null ? "" : fact.strip();
        if (evidence.assumption() && !fact.isEmpty()) throw new IllegalArgumentException("a judgment carries no level fact; a level with a fact is sourced");
        if (!evidence.assumption() && fact.isEmpty()) throw new IllegalArgumentException("a sourced risk level needs the level-relevant fact its sources give");
        if (!evidence.assumption() && lowReliabilityOnly) throw new IllegalArgumentException("a level resting only on low-reliability sources is a judgment");
    }

    /** A judgment rating (no level fact), as fixtures and combinations build them. */
    public RiskRating(RiskDimension dimension, int level, String rationale, Evidence evidence) {
        this(dimension, level, rationale, evidence, "", false);
    }

    public String label() { return LABELS[level]; }

    /** True when the level is the catalog's judgment rather than tied to a level-relevant sourced fact. */
    public boolean judgment() { return evidence.assumption(); }

    /**
     * The grade of this level, the one name every surface shows; serialised as {@code "basis": "judgment"} (a bean-style
     * accessor so JSON writers that read records also write it).
     */
    public String getBasis() { return basisKind().id(); }

    /** {@link RiskBasis#JUDGMENT} or {@link RiskBasis#SOURCED}. */
    public RiskBasis basisKind() { return judgment() ? RiskBasis.JUDGMENT : RiskBasis.SOURCED; }

    /** This rating with another rationale (e.g. "from A: ..." in a combination), everything else kept. */
    public RiskRating withRationale(String r) { return new RiskRating(dimension, level, r, evidence, fact, lowReliabilityOnly); }
}
