package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.app.law.LawViews;
import org.cartellab.app.law.LawWords;
import org.cartellab.law.Assessment;
import org.cartellab.law.Conditions;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Deciders;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.LegalScore;
import org.cartellab.law.Place;
import org.cartellab.law.Provision;
import org.cartellab.policy.CourseOfAction;

/** Plain-text rendering of a course's legal pathways (with the consent comparison) for {@code coa show}. */
final class PathwayText {
    private PathwayText() {}

    static void show(PrintWriter out, CourseOfAction c, KnowledgeBase kb, LocalDate today) { show(out, c, kb, today, Messages.english()); }

    /**
     * As above in the language of {@code t}: labels from the bundle, the knowledge base's texts localized, entries
     * named inside sentences by their short citations ({@link LawWords}).
     */
    static void show(PrintWriter out, CourseOfAction c, KnowledgeBase kb, LocalDate today, Messages t) {
        boolean en = t.language() == Language.EN;
        CoaText.heading(out, en ? "Legal pathway (" + kb.asOf() + ")" : t.get("pathway.heading", t.date(kb.reviewed())));
        CoaText.wrap(out, en ? LawViews.SCALE : t.get("pathway.scale"), "  ");
        if (c.pathways().isEmpty()) {
            out.println("  " + t.get("pathway.none"));
            return;
        }
        StringBuilder per = new StringBuilder();
        for (Map.Entry<Jurisdiction, Assessment> e : LegalScore.perJurisdiction(c.pathways()).entrySet()) {
            if (per.length() > 0) per.append(", ");
            per.append(e.getKey().name()).append(' ').append(label(e.getValue(), t));
        }
        out.println("  " + t.get("pathway.criterion", String.format(Locale.ROOT, "%.2f", LegalScore.of(c.pathways())),
                String.format(Locale.ROOT, "%.0f", LegalScore.MAX), per));
        for (CoursePathway cp : c.pathways()) {
            if (!cp.block().part().isEmpty()) out.println("\n  " + t.get("pathway.part") + " " + cp.block().part());
            CoaText.wrap(out, t.get("pathway.conditions") + " " + (en ? conditions(cp.block().conditions()) : conditions(cp.block().conditions(), t)), "  ");
            for (JurisdictionPathway j : cp.assumed().jurisdictions()) jurisdiction(out, j, kb, today, t);
            if (cp.consentFixed()) {
                CoaText.wrap(out, t.get(consentFixedKey(cp)), "  ");
                String other = cp.block().counterpart();
                if (!other.isEmpty()) CoaText.wrap(out, t.get("pathway.consent_counterpart", other, c.id(), other), "  ");
            }
            else if (cp.consentMatters()) comparison(out, cp, kb, t);
            else out.println("  " + t.get("pathway.consent_nothing"));
        }
    }

    /** The bundle key of the sentence for a course whose consent is part of its definition. */
    static String consentFixedKey(CoursePathway cp) {
        return cp.block().conditions().consent() ? "pathway.consent_fixed_with" : "pathway.consent_fixed_without";
    }

    /** "clear", "contested", "prima facie unlawful" in the messages' language. */
    static String label(Assessment a, Messages t) { return t.getOr("assessment." + a.name().toLowerCase(Locale.ROOT), a.label()); }

    /** A provision's status in the messages' language. */
    private static String status(Provision p, Messages t) { return LawWords.status(p, t); }

    /** An English text of the knowledge base (a decider, a counter-argument) in the messages' language. */
    private static String kbText(String english, KnowledgeBase kb, Messages t) { return t.localizer().lawText(english, kb); }

    static String conditions(Conditions c) {
        List<String> places = new ArrayList<>();
        for (Place p : c.places().stream().sorted().toList()) places.add(p.label());
        return "Mexico consents: " + yes(c.consent()) + "; acting branch: " + c.branch().label() + "; place: " + String.join(", ", places)
                + "; force: " + c.force().id().replace('_', '-') + "; US persons exposed: " + yes(c.usPersonsExposed())
                + "; armed-conflict determination relied on: " + yes(c.armedConflictClaimed());
    }

    private static String yes(boolean b) { return b ? "yes" : "no"; }

    /** The conditions in the messages' language (places, branch and force by their ids' Spanish labels). */
    static String conditions(Conditions c, Messages t) {
        List<String> places = new ArrayList<>();
        for (Place p : c.places().stream().sorted().toList()) places.add(t.getOr("place." + p.name().toLowerCase(Locale.ROOT), p.label()));
        return t.get("pathway.conditions_text", t.get(c.consent() ? "report.yes" : "report.no"),
                t.getOr("branch." + c.branch().name().toLowerCase(Locale.ROOT), c.branch().label()), String.join(", ", places),
                t.getOr("force." + c.force().name().toLowerCase(Locale.ROOT), c.force().id().replace('_', '-')),
                t.get(c.usPersonsExposed() ? "report.yes" : "report.no"), t.get(c.armedConflictClaimed() ? "report.yes" : "report.no"));
    }

    private static void jurisdiction(PrintWriter out, JurisdictionPathway j, KnowledgeBase kb, LocalDate today, Messages t) {
        out.println();
        out.println("  [" + j.jurisdiction().name() + "] " + label(j.assessment(), t).toUpperCase(t.language().locale()) + " (" + j.assessment().score() + ")");
        list(out, t.get("pathway.basis"), j.basis(), kb, today, t);
        if (!j.unavailable().isEmpty()) list(out, t.get("pathway.unavailable"), j.unavailable(), kb, today, t);
        list(out, t.get("pathway.prohibitions"), j.prohibitions(), kb, today, t);
        list(out, t.get("pathway.needs"), j.needs(), kb, today, t);
        if (!j.displaced().isEmpty()) CoaText.wrap(out, t.get("pathway.displaced") + " " + LawWords.displaced(j, kb, t), "    ");
        CoaText.wrap(out, t.get("pathway.decides") + " " + (j.deciders().isEmpty() ? t.get("pathway.none_recorded")
                : String.join("; ", Deciders.merge(j.deciders().stream().map(d -> kbText(d, kb, t)).toList()))), "    ");
        if (j.notices().isEmpty()) out.println("    " + t.get("pathway.notify_none"));
        else {
            out.println("    " + t.get("pathway.notify"));
            for (String id : j.notices()) {
                Provision p = t.localizer().provision(kb.get(id));
                CoaText.wrap(out, p.notifyWho() + " - " + p.notifyWhen() + " (" + p.citation() + flags(p, today, t) + ")", "      ");
            }
        }
        list(out, t.get("pathway.exposure"), j.exposure(), kb, today, t);
        list(out, t.get("pathway.open"), j.openQuestions(), kb, today, t);
        out.println("    " + t.get("pathway.reasoning"));
        for (String r : LawWords.reasoning(j, kb, t)) CoaText.wrap(out, "- " + r, "      ");
        CoaText.wrap(out, t.get("pathway.counter") + " " + kbText(j.counter(), kb, t), "    ");
    }

    private static void list(PrintWriter out, String title, List<String> ids, KnowledgeBase kb, LocalDate today, Messages t) {
        if (ids.isEmpty()) {
            out.println("    " + title + ": " + t.get("common.none"));
            return;
        }
        out.println("    " + title + ":");
        for (String id : ids) {
            Provision p = t.localizer().provision(kb.get(id));
            CoaText.wrap(out, id + ": " + p.fullCitation() + " [" + status(kb.get(id), t) + "]" + flags(p, today, t), "      ");
        }
    }

    static String flags(Provision p, LocalDate today) { return flags(p, today, Messages.english()); }

    static String flags(Provision p, LocalDate today, Messages t) {
        return (p.verified() ? "" : " " + t.get("record.unverified")) + (p.possiblyStale(today) ? " " + t.get("law.possibly_stale") : "");
    }

    private static void comparison(PrintWriter out, CoursePathway cp, KnowledgeBase kb, Messages t) {
        out.println();
        out.println("  " + t.get("pathway.compare"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"    " + t.get("pathway.col.jurisdiction"), t.get("pathway.col.with"), t.get("pathway.col.without")});
        for (Map<String, Object> r : LawViews.comparison(cp)) {
            rows.add(new String[] {"    " + r.get("jurisdiction"), t.getOr("assessment." + key((String) r.get("with_consent")), (String) r.get("with_consent")),
                    t.getOr("assessment." + key((String) r.get("without_consent")), (String) r.get("without_consent"))});
        }
        CoaText.table(out, rows);
        for (Jurisdiction j : Jurisdiction.values()) {
            List<String> plus = LawViews.minus(cp.withConsent().of(j), cp.withoutConsent().of(j));
            List<String> minus = LawViews.minus(cp.withoutConsent().of(j), cp.withConsent().of(j));
            if (plus.isEmpty() && minus.isEmpty()) continue;
            String line = t.get("pathway.adds", j.name(), plus.isEmpty() ? t.get("pathway.nothing") : LawWords.names(plus, kb, t),
                    minus.isEmpty() ? t.get("pathway.nothing") : LawWords.names(minus, kb, t));
            CoaText.wrap(out, line, "    ");
        }
    }

    /** The bundle key part of an assessment label ("prima facie unlawful" -> "prima_facie_unlawful"). */
    private static String key(String label) { return label.replace(' ', '_'); }
}
