package org.cartellab.format;

import java.util.Locale;

/**
 * The one formatter for percentages, changes, shares and amounts shown to a reader. Rules: one decimal for percentages
 * and shares; a value that rounds to zero is written as zero without a sign (never "-0.0%" or "-0.00%"); amounts of 100
 * or more are whole numbers with thousands separators, smaller ones three significant digits without trailing zeros.
 * English (ROOT) digits; a page in another language localizes the text it receives, not these rules.
 */
public final class Numbers {
    private Numbers() {}

    /** Smallest magnitude shown with a sign at one decimal: anything below rounds to 0.0. */
    private static final double HALF_TENTH = 0.05;

    /**
     * A signed percentage change with one decimal: "+1.2%", "-0.4%", "0.0%" (|v| &lt; 0.05, no sign); "n/a" for NaN.
     *
     * @param pct the change in percent (not a fraction)
     */
    public static String signedPct(double pct) {
        if (Double.isNaN(pct)) return "n/a";
        if (Math.abs(pct) < HALF_TENTH) return "0.0%";
        return String.format(Locale.ROOT, "%+.1f%%", pct);
    }

    /** The size of a percentage change without its sign, one decimal ("0.4%"), for sentences that say "fall" or "rise". */
    public static String magnitudePct(double pct) {
        if (Double.isNaN(pct)) return "n/a";
        return String.format(Locale.ROOT, "%.1f%%", Math.abs(pct));
    }

    /** A range of two signed percentage changes, "-0.8% to 0.0%", each as {@link #signedPct}. */
    public static String signedPctRange(double lowPct, double highPct) { return signedPct(lowPct) + " to " + signedPct(highPct); }

    /**
     * A share of draws (a fraction in [0, 1]) in percent with one decimal: exactly none is "0%", exactly all "100%", and a
     * share that would round to either end without being it says so ("&lt;0.1%", "&gt;99.9%"), so a reader never sees
     * "0.0%" for a few draws; "n/a" for NaN.
     */
    public static String share(double fraction) {
        if (Double.isNaN(fraction)) return "n/a";
        double p = 100 * fraction;
        if (p == 0) return "0%";
        if (p == 100) return "100%";
        if (p < HALF_TENTH) return "<0.1%";
        if (p > 100 - HALF_TENTH) return ">99.9%";
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    /**
     * An amount (a count, deaths per year, members): 100 or more as a whole number with separators ("-5,000"), smaller
     * values with three significant digits and no trailing zeros ("0.25", "12.5"), zero as "0" (never "-0" or "0.00").
     */
    public static String amount(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (Math.abs(v) >= 99.5) return String.format(Locale.ROOT, "%,.0f", v);
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) return s;
        if (s.contains(".")) s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
