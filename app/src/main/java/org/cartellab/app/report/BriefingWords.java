package org.cartellab.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartellab.briefing.AsOf;
import org.cartellab.briefing.Briefing;
import org.cartellab.briefing.Change;
import org.cartellab.briefing.ConsentCondition;
import org.cartellab.briefing.CourseBriefing;
import org.cartellab.briefing.LegalStanding;
import org.cartellab.law.Jurisdiction;

/**
 * The plain-language sentences of a briefing, shared by its text, HTML and JSON renderings so the three never say
 * different things. Consent is phrased only from the pathway's conditions ({@link ConsentCondition}).
 */
public final class BriefingWords {
    private BriefingWords() {}

    /**
     * "Cartel members fall 3.2 % (band -4.0 % to -1.1 %, …); 3 of 3 lever-range runs show a fall." When the band
     * reaches both sides of zero the direction is not claimed: "Cartel members: central +3.5 %, direction unsettled
     * (band -1.9 % to +6.4 %, …); 6 of 9 … show a rise, as the central value does."
     */
    public static String change(Change c) {
        StringBuilder b = new StringBuilder(lead(c)).append(" (band ").append(pct(c.lowPct())).append(" to ").append(pct(c.highPct()))
                .append(", ").append(c.bandKind()).append("); ");
        b.append(c.agreement().agreeing()).append(" of ").append(c.agreement().total()).append(' ').append(c.agreement().basis())
                .append(' ').append(agreeWith(c)).append('.');
        return b.toString();
    }

    /** The change without the band's and runs' explanation (given once by {@link #changesHeader}). */
    public static String changeShort(Change c) {
        return lead(c) + " (band " + pct(c.lowPct()) + " to " + pct(c.highPct()) + "); " + c.agreement().agreeing() + " of "
                + c.agreement().total() + " runs " + agreeWith(c) + ".";
    }

    /** True when the band reaches beyond the negligible change on both sides of zero: the sign is not settled. */
    public static boolean unsettled(Change c) {
        return c.lowPct() <= -Change.NEGLIGIBLE_PCT && c.highPct() >= Change.NEGLIGIBLE_PCT;
    }

    private static String lead(Change c) {
        String name = Glossary.name(c.metric());
        if (unsettled(c)) return name + ": central " + pct(c.centralPct()) + ", direction unsettled";
        if (c.direction() == 0) return name + ": no change at the central value";
        return name + (c.direction() < 0 ? " fall " : " rise ") + String.format(Locale.ROOT, "%.1f %%", Math.abs(c.centralPct()));
    }

    /** What the agreeing runs show: the direction of the central value ("show a rise"), or no change. */
    private static String agreeWith(Change c) {
        if (c.direction() == 0) return "show no change beyond 0.05 %";
        return c.direction() < 0 ? "show a fall" : "show a rise";
    }

    /** What the bands and the runs are, said once above the changes. */
    public static String changesHeader(int years, List<Change> changes) {
        if (changes.isEmpty()) return "";
        Change c = changes.get(0);
        return "What it would change, " + years + " years after the 2022 start, against the status quo (band: " + c.bandKind() + "; runs: "
                + c.agreement().basis() + "):";
    }

    /** A signed percentage with one decimal ("+1.2 %", "-0.4 %", "0.0 %"). */
    public static String pct(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Math.abs(v) < 0.05) return "0.0 %";
        return String.format(Locale.ROOT, "%+.1f %%", v);
    }

    /** How sure, in words, from the share agreeing. */
    public static String sureness(double share) {
        return share >= 0.95 ? "consistent" : share >= 0.75 ? "mostly consistent" : "uncertain in direction";
    }

    /** The consent sentence for one part: what it assumes, where it acts, and whether consent changes the assessment. */
    public static String consent(ConsentCondition c, List<LegalStanding> legal) {
        StringBuilder b = new StringBuilder();
        b.append(c.part()).append(c.assumesConsent() ? " assumes Mexico consents" : " assumes Mexico does not consent");
        b.append(c.inMexico() ? " and acts in Mexico" : " and does not act on Mexican territory");
        if (c.consentFixed()) {
            b.append(c.assumesConsent() ? "; consent defines the course (no variant without it" : "; this defines the course (no variant with consent");
            b.append(c.counterpart().isEmpty() ? ")." : "; " + c.counterpart() + " assumes the opposite).");
        } else if (!c.consentMatters()) {
            b.append("; the legal assessment is the same either way.");
        } else {
            List<String> parts = new ArrayList<>();
            boolean same = true;
            for (LegalStanding l : legal) {
                if (!l.part().equals(c.part())) continue;
                parts.add(short_(l.jurisdiction()) + " " + l.otherConsent().label());
                same &= l.otherConsent() == l.assessment();
            }
            b.append("; ").append(c.assumesConsent() ? "without" : "with").append(" consent ");
            if (same) b.append("the assessments would be the same, resting on different provisions.");
            else b.append("the assessment would be ").append(String.join(", ", parts)).append('.');
        }
        return b.toString();
    }

    /** "US", "Mexico", "international". */
    public static String short_(Jurisdiction j) {
        return switch (j) {
            case US -> "US";
            case MX -> "Mexico";
            case INTERNATIONAL -> "international";
        };
    }

    /** The standing line. */
    public static String standing(CourseBriefing.Standing s, boolean single) {
        StringBuilder b = new StringBuilder();
        if (single) {
            b.append(String.format(Locale.ROOT, "Decision matrix at %d years (fixed scales, default weights): score %.3f against %.3f for the status quo",
                    s.horizonYears(), s.score(), s.statusQuoScore()));
        } else {
            b.append(String.format(Locale.ROOT, "Decision matrix at %d years: rank %d of %d, score %.3f", s.horizonYears(), s.rank(), s.of(), s.score()));
            if (!Double.isNaN(s.statusQuoScore())) b.append(String.format(Locale.ROOT, " (status quo %.3f)", s.statusQuoScore()));
        }
        if (!Double.isNaN(s.shareAboveStatusQuo())) {
            b.append(String.format(Locale.ROOT, "; above the status quo under %.1f %% of random weightings", 100 * s.shareAboveStatusQuo()));
        }
        return b.append('.').toString();
    }

    /** The "as of" line. */
    public static String asOf(AsOf a) {
        return "As of: law " + a.law() + " (legal knowledge base review); lever evidence confirmed up to " + (a.evidence() == null ? "n/a" : a.evidence())
                + "; calibration data through " + a.dataThroughYear() + "; organisation network " + a.networkYear() + "; levers start at model week "
                + a.startWeek() + " (" + a.modelStart() + ", called the 2022 start).";
    }

    /** The heading of a briefing. */
    public static String heading(Briefing b) {
        return switch (b.kind()) {
            case COURSE -> "Briefing: " + b.courses().get(0).title();
            case COMBINATION -> "Briefing: combination " + b.courses().get(0).title();
            case COMPARISON -> "Briefing: " + b.courses().size() + " courses of action compared";
        };
    }
}
