package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.app.law.LawViews;
import org.cartellab.law.Assessment;
import org.cartellab.law.Conditions;
import org.cartellab.law.CoursePathway;
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

    static void show(PrintWriter out, CourseOfAction c, KnowledgeBase kb, LocalDate today) {
        CoaText.heading(out, "Legal pathway (" + kb.asOf() + ")");
        CoaText.wrap(out, LawViews.SCALE, "  ");
        if (c.pathways().isEmpty()) {
            out.println("  no pathway block: this entry was built without one");
            return;
        }
        StringBuilder per = new StringBuilder();
        for (Map.Entry<Jurisdiction, Assessment> e : LegalScore.perJurisdiction(c.pathways()).entrySet()) {
            if (per.length() > 0) per.append(", ");
            per.append(e.getKey().name()).append(' ').append(e.getValue().label());
        }
        out.println(String.format(Locale.ROOT, "  Legal criterion of the ranking: %.2f of %.0f (%s)", LegalScore.of(c.pathways()), LegalScore.MAX, per));
        for (CoursePathway cp : c.pathways()) {
            if (!cp.block().part().isEmpty()) out.println("\n  Part: " + cp.block().part());
            CoaText.wrap(out, "Conditions: " + conditions(cp.block().conditions()), "  ");
            for (JurisdictionPathway j : cp.assumed().jurisdictions()) jurisdiction(out, j, kb, today);
            if (cp.consentMatters()) comparison(out, cp, kb);
            else out.println("  Mexico's consent changes nothing in this pathway.");
        }
    }

    static String conditions(Conditions c) {
        List<String> places = new ArrayList<>();
        for (Place p : c.places().stream().sorted().toList()) places.add(p.label());
        return "Mexico consents: " + yes(c.consent()) + "; acting branch: " + c.branch().label() + "; place: " + String.join(", ", places)
                + "; force: " + c.force().id().replace('_', '-') + "; US persons exposed: " + yes(c.usPersonsExposed())
                + "; armed-conflict determination relied on: " + yes(c.armedConflictClaimed());
    }

    private static String yes(boolean b) { return b ? "yes" : "no"; }

    private static void jurisdiction(PrintWriter out, JurisdictionPathway j, KnowledgeBase kb, LocalDate today) {
        out.println();
        out.println("  [" + j.jurisdiction().name() + "] " + j.assessment().label().toUpperCase(Locale.ROOT) + " (" + j.assessment().score() + ")");
        list(out, "Basis claimed", j.basis(), kb, today);
        if (!j.unavailable().isEmpty()) list(out, "Claimed but unavailable under these conditions", j.unavailable(), kb, today);
        list(out, "Prohibitions that apply", j.prohibitions(), kb, today);
        list(out, "Conditions needed", j.needs(), kb, today);
        if (!j.displaced().isEmpty()) CoaText.wrap(out, "Duties displaced: " + String.join("; ", j.displaced()), "    ");
        CoaText.wrap(out, "Who decides: " + (j.deciders().isEmpty() ? "none recorded" : String.join("; ", j.deciders())), "    ");
        if (j.notices().isEmpty()) out.println("    Who must be notified: none recorded");
        else {
            out.println("    Who must be notified, and when:");
            for (String id : j.notices()) {
                Provision p = kb.get(id);
                CoaText.wrap(out, p.notifyWho() + " - " + p.notifyWhen() + " (" + p.citation() + flags(p, today) + ")", "      ");
            }
        }
        list(out, "Litigation and liability exposure", j.exposure(), kb, today);
        list(out, "Open questions", j.openQuestions(), kb, today);
        out.println("    Reasoning:");
        for (String r : j.reasoning()) CoaText.wrap(out, "- " + r, "      ");
        CoaText.wrap(out, "Strongest counter-argument: " + j.counter(), "    ");
    }

    private static void list(PrintWriter out, String title, List<String> ids, KnowledgeBase kb, LocalDate today) {
        if (ids.isEmpty()) {
            out.println("    " + title + ": none");
            return;
        }
        out.println("    " + title + ":");
        for (String id : ids) {
            Provision p = kb.get(id);
            CoaText.wrap(out, id + ": " + p.fullCitation() + " [" + p.status().describe() + "]" + flags(p, today), "      ");
        }
    }

    static String flags(Provision p, LocalDate today) {
        return (p.verified() ? "" : " UNVERIFIED") + (p.possiblyStale(today) ? " POSSIBLY STALE" : "");
    }

    private static void comparison(PrintWriter out, CoursePathway cp, KnowledgeBase kb) {
        out.println();
        out.println("  With and without Mexico's consent (both computed from the same knowledge base):");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"    jurisdiction", "with consent", "without consent"});
        for (Map<String, Object> r : LawViews.comparison(cp)) {
            rows.add(new String[] {"    " + r.get("jurisdiction"), (String) r.get("with_consent"), (String) r.get("without_consent")});
        }
        CoaText.table(out, rows);
        for (Jurisdiction j : Jurisdiction.values()) {
            List<String> plus = LawViews.minus(cp.withConsent().of(j), cp.withoutConsent().of(j));
            List<String> minus = LawViews.minus(cp.withoutConsent().of(j), cp.withConsent().of(j));
            if (plus.isEmpty() && minus.isEmpty()) continue;
            String line = j.name() + ": with consent adds " + (plus.isEmpty() ? "nothing" : String.join(", ", plus))
                    + "; without consent adds " + (minus.isEmpty() ? "nothing" : String.join(", ", minus)) + ".";
            CoaText.wrap(out, line, "    ");
        }
    }
}
