package org.cartellab.app.web;

/**
 * The simulator's levers beyond the parameter multipliers, all from {@code startWeek}: leadership removal (the
 * {@code leadershipTargets} top-ranked organisations, by rank only, each split into {@code factions}), a change in
 * Mexico's cooperation index with a linear recovery over {@code recoveryWeeks} (0: no recovery within the horizon), and
 * the sentence multiplier alpha, which scales the prison-years estimate only (the network model has no prisons).
 */
public record PolicyLevers(int startWeek, int leadershipTargets, int factions, double cooperation, int recoveryWeeks, double sentence) {
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

    public PolicyLevers {
        if (leadershipTargets < 0 || leadershipTargets > MAX_TARGETS) throw new IllegalArgumentException("leadership targets must be 0.." + MAX_TARGETS);
        if (factions < MIN_FACTIONS || factions > MAX_FACTIONS) throw new IllegalArgumentException("factions must be " + MIN_FACTIONS + ".." + MAX_FACTIONS);
        if (!(cooperation >= MIN_COOPERATION && cooperation <= MAX_COOPERATION)) throw new IllegalArgumentException("cooperation change must be in [-1, 0.5]");
        if (recoveryWeeks < 0 || recoveryWeeks > MAX_RECOVERY_WEEKS) throw new IllegalArgumentException("recovery weeks must be 0.." + MAX_RECOVERY_WEEKS);
        if (!(sentence >= MIN_SENTENCE && sentence <= MAX_SENTENCE)) throw new IllegalArgumentException("sentence multiplier must be in [0.25, 3]");
    }

    /** No leadership removal, no cooperation change, sentences as today. */
    public static PolicyLevers none(int startWeek) {
        return new PolicyLevers(startWeek, 0, DEFAULT_FACTIONS, 0, DEFAULT_RECOVERY_WEEKS, 1);
    }

    /** Whether these levers change the network run (leadership removal or a cooperation change). */
    public boolean changesRun() { return leadershipTargets > 0 || cooperation != 0; }

    /** A cache key for what changes the run. */
    String runKey() {
        return changesRun() ? startWeek + ":" + leadershipTargets + "x" + factions + ":" + cooperation + "/" + recoveryWeeks : "-";
    }

    /** A short English description for scenario names. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (leadershipTargets > 0) sb.append("top ").append(leadershipTargets).append(" organisations split in ").append(factions);
        if (cooperation != 0) {
            sb.append(sb.length() == 0 ? "" : ", ").append("cooperation ").append(cooperation > 0 ? "+" : "").append(cooperation)
                    .append(recoveryWeeks == 0 ? " (no recovery)" : " (recovers over " + recoveryWeeks + " weeks)");
        }
        if (sentence != 1) sb.append(sb.length() == 0 ? "" : ", ").append("sentences x").append(sentence);
        return sb.toString();
    }
}
