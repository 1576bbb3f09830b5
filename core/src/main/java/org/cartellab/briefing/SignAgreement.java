package org.cartellab.briefing;

/**
 * How sure the sign of a change is: of {@code total} runs (ensemble members, or the lever sweep's runs when no
 * ensemble was run), {@code agreeing} move the quantity in the same direction as the central value (or, when the
 * central change is within noise, stay within noise).
 *
 * @param basis what the runs are, in words (ensemble members, or the lever-range runs)
 */
public record SignAgreement(int agreeing, int total, org.cartellab.text.Phrase basis) {
    public SignAgreement {
        if (total < 1 || agreeing < 0 || agreeing > total) throw new IllegalArgumentException("agreement " + agreeing + " of " + total);
    }

    /** Share in [0, 1]. */
    public double share() { return (double) agreeing / total; }

    /** Whether every run agrees. */
    public boolean unanimous() { return agreeing == total; }
}
