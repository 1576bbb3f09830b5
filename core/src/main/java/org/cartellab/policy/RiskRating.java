package org.cartellab.policy;

/** An ordinal rating of one risk (0 none, 1 low, 2 moderate, 3 high, 4 severe) with a rationale and its evidence. */
public record RiskRating(RiskDimension dimension, int level, String rationale, Evidence evidence) {
    public static final int MAX_LEVEL = 4;
    public static final String[] LABELS = {"none", "low", "moderate", "high", "severe"};

    public RiskRating {
        if (level < 0 || level > MAX_LEVEL) throw new IllegalArgumentException("risk level must be 0..4, got " + level);
    }

    public String label() { return LABELS[level]; }
}
