package org.cartellab.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartellab.app.i18n.Messages;
import org.cartellab.briefing.AsOf;
import org.cartellab.briefing.Briefing;
import org.cartellab.briefing.Change;
import org.cartellab.briefing.ConsentCondition;
import org.cartellab.briefing.CourseBriefing;
import org.cartellab.briefing.LegalStanding;
import org.cartellab.law.Assessment;
import org.cartellab.law.Jurisdiction;

/**
 * The plain-language sentences of a briefing, shared by its text, HTML and JSON renderings so the three never say
 * different things, in the language of the {@link Messages} given (English when none is). Consent is phrased only
 * from the pathway's conditions ({@link ConsentCondition}). Numbers keep one form in both languages (es-MX writes
 * 1,234.5 like English); dates are ISO in English and in prose in Spanish.
 */
public final class BriefingWords {
    private BriefingWords() {}

    /**
     * "Cartel members fall 3.2 % (band -4.0 % to -1.1 %, …); 3 of 3 lever-range runs show a fall." When the band
     * reaches both sides of zero the direction is not claimed: "Cartel members: central +3.5 %, direction unsettled
     * (band -1.9 % to +6.4 %, …); 6 of 9 … show a rise, as the central value does."
     */
    public static String change(Change c) { return change(c, Messages.english()); }

    public static String change(Change c, Messages t) {
        return t.get("brief.change", lead(c, t), pct(c.lowPct(), t), pct(c.highPct(), t), t.phrase(c.bandKind()), c.agreement().agreeing(),
                c.agreement().total(), t.phrase(c.agreement().basis()), agreeWith(c, t));
    }

    /** The change without the band's and runs' explanation (given once by {@link #changesHeader}). */
    public static String changeShort(Change c) { return changeShort(c, Messages.english()); }

    public static String changeShort(Change c, Messages t) {
        return t.get("brief.change_short", lead(c, t), pct(c.lowPct(), t), pct(c.highPct(), t), c.agreement().agreeing(), c.agreement().total(),
                agreeWith(c, t));
    }

    /** True when the band reaches beyond the negligible change on both sides of zero: the sign is not settled. */
    public static boolean unsettled(Change c) {
        return c.lowPct() <= -Change.NEGLIGIBLE_PCT && c.highPct() >= Change.NEGLIGIBLE_PCT;
    }

    /** The prose name of a metric in the language of {@code t} ({@link Glossary#name} in English). */
    public static String metric(org.cartellab.comparison.Metric m, Messages t) {
        return t.getOr("glossary.name." + m.id(), Glossary.name(m));
    }

    private static String lead(Change c, Messages t) {
        String name = metric(c.metric(), t);
        if (unsettled(c)) return t.get("brief.lead_unsettled", name, pct(c.centralPct(), t));
        if (c.direction() == 0) return t.get("brief.lead_none", name);
        return t.get(c.direction() < 0 ? "brief.lead_fall" : "brief.lead_rise", name, String.format(Locale.ROOT, "%.1f %%", Math.abs(c.centralPct())));
    }

    /** What the agreeing runs show: the direction of the central value ("show a rise"), or no change. */
    private static String agreeWith(Change c, Messages t) {
        if (c.direction() == 0) return t.get("brief.agree_none");
        return t.get(c.direction() < 0 ? "brief.agree_fall" : "brief.agree_rise");
    }

    /** What the bands and the runs are, said once above the changes. */
    public static String changesHeader(int years, List<Change> changes) { return changesHeader(years, changes, Messages.english()); }

    public static String changesHeader(int years, List<Change> changes, Messages t) {
        if (changes.isEmpty()) return "";
        Change c = changes.get(0);
        return t.get("brief.changes_header", years, t.phrase(c.bandKind()), t.phrase(c.agreement().basis()));
    }

    /** A signed percentage with one decimal ("+1.2 %", "-0.4 %", "0.0 %"). */
    public static String pct(double v) { return pct(v, Messages.english()); }

    static String pct(double v, Messages t) {
        if (Double.isNaN(v)) return t.get("brief.na");
        if (Math.abs(v) < 0.05) return "0.0 %";
        return String.format(Locale.ROOT, "%+.1f %%", v);
    }

    /** How sure, in words, from the share agreeing. */
    public static String sureness(double share) { return sureness(share, Messages.english()); }

    public static String sureness(double share, Messages t) {
        return t.get(share >= 0.95 ? "brief.sure.consistent" : share >= 0.75 ? "brief.sure.mostly" : "brief.sure.uncertain");
    }

    /** The consent sentence for one part: what it assumes, where it acts, and whether consent changes the assessment. */
    public static String consent(ConsentCondition c, List<LegalStanding> legal) { return consent(c, legal, Messages.english()); }

    public static String consent(ConsentCondition c, List<LegalStanding> legal, Messages t) {
        String assumes = assumes(c.part(), c.assumesConsent(), c.inMexico(), t);
        if (c.consentFixed()) {
            String k = "brief.consent.fixed_" + (c.assumesConsent() ? "yes" : "no");
            return c.counterpart().isEmpty() ? t.get(k, assumes) : t.get(k + "_counterpart", assumes, c.counterpart());
        }
        if (!c.consentMatters()) return t.get("brief.consent.same_either", assumes);
        List<String> parts = new ArrayList<>();
        boolean same = true;
        for (LegalStanding l : legal) {
            if (!l.part().equals(c.part())) continue;
            parts.add(short_(l.jurisdiction(), t) + " " + assessment(l.otherConsent(), t));
            same &= l.otherConsent() == l.assessment();
        }
        String other = c.assumesConsent() ? "without" : "with";
        return same ? t.get("brief.consent." + other + "_same", assumes) : t.get("brief.consent." + other + "_would", assumes, String.join(", ", parts));
    }

    /** "X assumes Mexico consents and acts in Mexico" and its three other forms. */
    static String assumes(String who, boolean consent, boolean inMexico, Messages t) {
        return t.get("brief.consent." + (consent ? "yes" : "no") + (inMexico ? "_in" : "_out"), who);
    }

    /** An assessment's label in the language of {@code t}. */
    static String assessment(Assessment a, Messages t) { return t.getOr("assessment." + a.name().toLowerCase(Locale.ROOT), a.label()); }

    /** "US", "Mexico", "international". */
    public static String short_(Jurisdiction j) { return short_(j, Messages.english()); }

    public static String short_(Jurisdiction j, Messages t) {
        return t.get("brief.j." + j.name().toLowerCase(Locale.ROOT));
    }

    /** The standing line. */
    public static String standing(CourseBriefing.Standing s, boolean single) { return standing(s, single, Messages.english()); }

    public static String standing(CourseBriefing.Standing s, boolean single, Messages t) {
        String b;
        if (single) b = t.get("brief.standing_single", s.horizonYears(), f3(s.score()), f3(s.statusQuoScore()));
        else if (Double.isNaN(s.statusQuoScore())) b = t.get("brief.standing", s.horizonYears(), s.rank(), s.of(), f3(s.score()));
        else b = t.get("brief.standing_sq", s.horizonYears(), s.rank(), s.of(), f3(s.score()), f3(s.statusQuoScore()));
        if (!Double.isNaN(s.shareAboveStatusQuo())) {
            b = t.get("brief.standing_above", b, String.format(Locale.ROOT, "%.1f", 100 * s.shareAboveStatusQuo()));
        }
        return b + '.';
    }

    private static String f3(double v) { return String.format(Locale.ROOT, "%.3f", v); }

    /** The "as of" line. */
    public static String asOf(AsOf a) { return asOf(a, Messages.english()); }

    public static String asOf(AsOf a, Messages t) {
        return t.get("brief.as_of", t.date(a.law()), a.evidence() == null ? t.get("brief.na") : t.date(a.evidence()), a.dataThroughYear(),
                a.networkYear(), a.startWeek(), t.date(a.modelStart()));
    }

    /** The heading of a briefing. */
    public static String heading(Briefing b) { return heading(b, Messages.english()); }

    public static String heading(Briefing b, Messages t) {
        return switch (b.kind()) {
            case COURSE -> t.get("brief.heading_course", b.courses().get(0).title());
            case COMBINATION -> t.get("brief.heading_combination", b.courses().get(0).title());
            case COMPARISON -> t.get("brief.heading_comparison", b.courses().size());
        };
    }
}
