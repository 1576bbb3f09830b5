package org.cartellab.app.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.law.Assessment;
import org.cartellab.app.i18n.Messages;
import org.cartellab.law.Conditions;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Deciders;
import org.cartellab.law.Instrument;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.LawSource;
import org.cartellab.law.LegalScore;
import org.cartellab.law.Pathway;
import org.cartellab.law.Place;
import org.cartellab.law.Provision;
import org.cartellab.law.StatusPhrase;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LegalBasis;

/**
 * JSON-ready views (maps with stable key order) of knowledge-base entries and of a course's legal pathways. Every
 * view that shows law carries {@code as_of} (the knowledge base's review date) and flags entries that are unverified
 * or whose sunset or review date is before {@code today}.
 */
public final class LawViews {
    /** One line on what the assessments are and are not. */
    public static final String SCALE = "Assessment per jurisdiction on a fixed scale: clear (0), contested (1), prima facie unlawful (2). "
            + "A structured reading of public sources on a stated rule (docs/legal-review.md): not legal advice, not a prediction of any court.";

    private LawViews() {}

    /** The knowledge base's header: review date, scale and counts. */
    public static Map<String, Object> header(KnowledgeBase kb, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", kb.reviewed().toString());
        m.put("as_of_note", kb.asOf());
        m.put("scale", SCALE);
        m.put("possibly_stale", kb.possiblyStale(today).stream().map(Provision::id).toList());
        return m;
    }

    /** One entry in full. */
    public static Map<String, Object> entry(Provision p, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("jurisdiction", p.jurisdiction().name());
        m.put("kind", p.kind().id());
        if (p.duty() != null) m.put("duty", p.duty().id());
        m.put("citation", p.citation());
        if (!p.citationEs().isEmpty()) m.put("citation_es", p.citationEs());
        m.put("requires", p.requires());
        if (!p.decides().isEmpty()) m.put("decides", p.decides());
        if (!p.notifyWho().isEmpty()) m.put("notify", Map.of("who", p.notifyWho(), "when", p.notifyWhen()));
        if (!p.answers().isEmpty()) m.put("answers", p.answers());
        if (!p.about().isEmpty()) m.put("about", p.about());
        if (!p.needs().isEmpty()) m.put("needs", p.needs());
        if (!p.counter().isEmpty()) m.put("counter", p.counter());
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("state", p.status().state().id());
        st.put("date", p.status().date().toString());
        if (p.status().reviewBy() != null) st.put("review_by", p.status().reviewBy().toString());
        if (!p.status().note().isEmpty()) st.put("note", p.status().note());
        st.put("instrument", Instrument.of(p).id());
        st.put("text", StatusPhrase.english(p));
        m.put("status", st);
        // the date we reviewed the entry, distinct from the status "as of" date
        if (p.reviewed() != null) m.put("reviewed", p.reviewed().toString());
        m.put("verified", p.verified());
        m.put("possibly_stale", p.possiblyStale(today));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (LawSource s : p.sources()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("role", s.role().id());
            x.put("title", s.title());
            if (!s.url().isEmpty()) x.put("url", s.url());
            x.put("date", s.date().toString());
            sources.add(x);
        }
        m.put("sources", sources);
        return m;
    }

    /** A short reference to an entry inside a pathway. */
    public static Map<String, Object> ref(Provision p, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("citation", p.fullCitation());
        m.put("kind", p.kindLabel());
        m.put("status", StatusPhrase.english(p));
        if (!p.notifyWho().isEmpty()) {
            m.put("who", p.notifyWho());
            m.put("when", p.notifyWhen());
        }
        m.put("verified", p.verified());
        m.put("possibly_stale", p.possiblyStale(today));
        return m;
    }

    /** The legal section of a course: as-of, scale, criterion value and every part's pathway with the consent comparison. */
    public static Map<String, Object> course(CourseOfAction c, KnowledgeBase kb, LocalDate today) {
        return course(c, kb, today, Messages.english());
    }

    /** As above with the reasoning and displaced-duty lines in the language of {@code t}. */
    public static Map<String, Object> course(CourseOfAction c, KnowledgeBase kb, LocalDate today, Messages t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", kb.reviewed().toString());
        m.put("scale", SCALE);
        if (c.pathways().isEmpty()) {
            m.put("legal_criterion", null);
            m.put("parts", List.of());
            return m;
        }
        m.put("legal_criterion", LegalScore.of(c.pathways()));
        m.put("legal_criterion_scale", LegalScore.SCALE);
        Map<String, Object> per = new LinkedHashMap<>();
        for (Map.Entry<Jurisdiction, Assessment> e : LegalScore.perJurisdiction(c.pathways()).entrySet()) per.put(e.getKey().name(), e.getValue().label());
        m.put("assessment_by_jurisdiction", per);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (CoursePathway cp : c.pathways()) parts.add(part(cp, kb, today, t));
        m.put("parts", parts);
        Set<String> ids = new LinkedHashSet<>();
        for (CoursePathway cp : c.pathways()) {
            ids.addAll(cp.assumed().provisionIds());
            ids.addAll(cp.otherConsent().provisionIds());
        }
        m.put("unverified", ids.stream().filter(id -> !kb.get(id).verified()).toList());
        m.put("possibly_stale", ids.stream().filter(id -> kb.get(id).possiblyStale(today)).toList());
        return m;
    }

    private static Map<String, Object> part(CoursePathway cp, KnowledgeBase kb, LocalDate today, Messages t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!cp.block().part().isEmpty()) m.put("part", cp.block().part());
        m.put("conditions", conditions(cp.block().conditions()));
        Map<String, Object> claims = new LinkedHashMap<>();
        for (Jurisdiction j : Jurisdiction.values()) claims.put(j.name(), cp.block().claims(j));
        m.put("claims", claims);
        m.put("pathway", pathway(cp.assumed(), kb, today, t));
        m.put("consent_matters", cp.consentMatters());
        m.put("consent_fixed", cp.consentFixed());
        if (!cp.block().counterpart().isEmpty()) m.put("consent_counterpart", cp.block().counterpart());
        if (cp.consentMatters()) m.put("consent_comparison", comparison(cp));
        // a course whose consent is part of its definition has no variant with the other answer
        if (!cp.consentFixed()) m.put("other_consent_pathway", pathway(cp.otherConsent(), kb, today, t));
        return m;
    }

    /** The conditions as plain values. */
    public static Map<String, Object> conditions(Conditions c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consent", c.consent());
        m.put("branch", c.branch().id());
        m.put("place", c.places().stream().sorted().map(Place::id).toList());
        m.put("force", c.force().id());
        m.put("us_persons_exposed", c.usPersonsExposed());
        m.put("armed_conflict_claimed", c.armedConflictClaimed());
        return m;
    }

    /** Per jurisdiction, in order US, MX, INTERNATIONAL. */
    public static Map<String, Object> pathway(Pathway p, KnowledgeBase kb, LocalDate today, Messages t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consent", p.conditions().consent());
        for (JurisdictionPathway j : p.jurisdictions()) m.put(j.jurisdiction().name(), jurisdiction(j, kb, today, t));
        return m;
    }

    private static Map<String, Object> jurisdiction(JurisdictionPathway j, KnowledgeBase kb, LocalDate today, Messages t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessment", j.assessment().label());
        m.put("score", j.assessment().score());
        m.put("engaged", j.engaged());
        m.put("basis_claimed", refs(j.basis(), kb, today));
        if (!j.unavailable().isEmpty()) m.put("claimed_but_unavailable", refs(j.unavailable(), kb, today));
        m.put("prohibitions", refs(j.prohibitions(), kb, today));
        m.put("conditions_needed", refs(j.needs(), kb, today));
        if (!j.displaced().isEmpty()) {
            m.put("duties_displaced", j.displaced());
            m.put("duties_displaced_text", LawWords.displaced(j, kb, t));
        }
        m.put("who_decides", Deciders.merge(j.deciders()));
        m.put("who_must_be_notified", refs(j.notices(), kb, today));
        m.put("litigation_and_liability", refs(j.exposure(), kb, today));
        m.put("open_questions", refs(j.openQuestions(), kb, today));
        m.put("reasoning", LawWords.reasoning(j, kb, t));
        m.put("strongest_counter_argument", j.counter());
        return m;
    }

    private static List<Map<String, Object>> refs(List<String> ids, KnowledgeBase kb, LocalDate today) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) out.add(ref(kb.get(id), today));
        return out;
    }

    /** With and without consent side by side: assessments and what each case adds, per jurisdiction. */
    public static List<Map<String, Object>> comparison(CoursePathway cp) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            JurisdictionPathway with = cp.withConsent().of(j);
            JurisdictionPathway without = cp.withoutConsent().of(j);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("jurisdiction", j.name());
            m.put("with_consent", with.assessment().label());
            m.put("without_consent", without.assessment().label());
            m.put("only_with_consent", minus(with, without));
            m.put("only_without_consent", minus(without, with));
            out.add(m);
        }
        return out;
    }

    /** Ids in the substantive lists of {@code a} that {@code b} lacks. */
    public static List<String> minus(JurisdictionPathway a, JurisdictionPathway b) {
        Set<String> bs = new LinkedHashSet<>(substantive(b));
        List<String> out = new ArrayList<>();
        for (String id : substantive(a)) if (!bs.contains(id) && !out.contains(id)) out.add(id);
        return out;
    }

    private static List<String> substantive(JurisdictionPathway j) {
        List<String> ids = new ArrayList<>();
        ids.addAll(j.basis());
        ids.addAll(j.prohibitions());
        ids.addAll(j.needs());
        ids.addAll(j.notices());
        ids.addAll(j.exposure());
        ids.addAll(j.openQuestions());
        return ids;
    }

    /** Knowledge-base ids a course refers to: its pathways in both consent cases and its legal list. */
    public static Set<String> idsOf(CourseOfAction c) {
        Set<String> ids = new LinkedHashSet<>();
        for (CoursePathway cp : c.pathways()) {
            ids.addAll(cp.assumed().provisionIds());
            ids.addAll(cp.otherConsent().provisionIds());
        }
        for (LegalBasis l : c.legal()) if (!l.provision().isEmpty()) ids.add(l.provision());
        return ids;
    }
}
