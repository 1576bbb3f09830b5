package org.cartellab.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.law.LawViews;
import org.cartellab.app.law.LawWords;
import org.cartellab.i18n.Language;
import org.cartellab.i18n.Localizer;
import org.cartellab.law.Conditions;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Pathway;
import org.cartellab.law.Provision;
import org.cartellab.law.Status;
import org.cartellab.policy.CourseOfAction;

/**
 * The web API's data text in one language: the core {@link Localizer} (catalog, knowledge base, ledger overlays) and
 * the app's {@link Messages} (labels of core values such as assessments and metrics) applied to what the endpoints
 * answer. Ids, numbers, dates, URLs and sources' own titles never change. In English every method returns the English
 * views unchanged. What neither has in Spanish stays English and the OpenAPI document says which fields those are (the
 * legal assessor's reasoning lines, weak-effect and decision-matrix notes, the lever evidence tables).
 */
final class WebLocalizer {
    private static final Map<Language, WebLocalizer> BY_LANGUAGE = new EnumMap<>(Language.class);

    private final Language language;
    private final Localizer localizer;
    private final Messages messages;
    private final KnowledgeBase kb;
    private final KnowledgeBase localizedKb;

    private WebLocalizer(Language language, KnowledgeBase kb) {
        this.language = language;
        this.localizer = Localizer.of(language);
        this.messages = Messages.of(language);
        this.kb = kb;
        this.localizedKb = language == Language.EN ? kb : new KnowledgeBase(kb.reviewed(), kb.all().stream().map(localizer::provision).toList());
    }

    /** The localizer over the bundled knowledge base for a language (built once per language). */
    static synchronized WebLocalizer of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language, l -> new WebLocalizer(l, KnowledgeBase.bundled()));
    }

    Language language() { return language; }

    Localizer localizer() { return localizer; }

    Messages messages() { return messages; }

    boolean english() { return language == Language.EN; }

    /** A course with its texts localized, including the deciders and counter-arguments its pathways copy from the knowledge base. */
    CourseOfAction course(CourseOfAction c) {
        if (english()) return c;
        CourseOfAction l = localizer.course(c);
        List<CoursePathway> pathways = new ArrayList<>();
        for (CoursePathway cp : l.pathways()) {
            Pathway assumed = pathway(cp.assumed());
            // a course whose consent is fixed has one pathway: the other-consent slot is the same object
            pathways.add(new CoursePathway(cp.block(), assumed, cp.otherConsent() == cp.assumed() ? assumed : pathway(cp.otherConsent()), cp.consentMatters()));
        }
        return new CourseOfAction(l.id(), l.title(), l.summary(), l.seeds(), l.levers(), l.legal(), l.risks(), l.outsideModel(), pathways);
    }

    List<CourseOfAction> courses(List<CourseOfAction> cs) {
        return english() ? cs : cs.stream().map(this::course).toList();
    }

    /**
     * A course as the catalog endpoints write it: {@link #course} through the server's mapper, with each jurisdiction's
     * reasoning as readable lines in this language ({@code reasoning}: provisions named by citation) instead of the
     * assessor's phrase objects ({@code reasons}: a key, an English pattern and provision ids).
     */
    ObjectNode courseJson(CourseOfAction c, ObjectMapper json) {
        CourseOfAction l = course(c);
        ObjectNode n = json.valueToTree(l);
        ArrayNode pathways = (ArrayNode) n.get("pathways");
        for (int i = 0; i < l.pathways().size(); i++) {
            CoursePathway cp = l.pathways().get(i);
            ObjectNode p = (ObjectNode) pathways.get(i);
            reasoning((ObjectNode) p.get("assumed"), cp.assumed());
            if (p.get("other_consent") instanceof ObjectNode other) reasoning(other, cp.otherConsent());
        }
        return n;
    }

    private void reasoning(ObjectNode pathway, Pathway pw) {
        ArrayNode js = (ArrayNode) pathway.get("jurisdictions");
        for (int k = 0; k < pw.jurisdictions().size(); k++) {
            ObjectNode j = (ObjectNode) js.get(k);
            j.remove("reasons");
            ArrayNode lines = j.putArray("reasoning");
            LawWords.reasoning(pw.jurisdictions().get(k), kb, messages).forEach(lines::add);
        }
    }

    private Pathway pathway(Pathway p) {
        List<JurisdictionPathway> js = new ArrayList<>();
        for (JurisdictionPathway j : p.jurisdictions()) {
            js.add(new JurisdictionPathway(j.jurisdiction(), j.engaged(), j.basis(), j.unavailable(), j.prohibitions(), j.needs(), j.displaced(),
                    j.deciders().stream().map(d -> localizer.lawText(d, kb)).toList(), j.notices(), j.exposure(), j.openQuestions(),
                    j.assessment(), j.reasons(), counter(j.counter())));
        }
        return new Pathway(p.conditions(), js);
    }

    /** A counter-argument: the knowledge base's own text localized, or the assessor's "none recorded" in this language. */
    private String counter(String english) {
        if (english != null && english.equals(Messages.english().get("pathway.no_counter"))) return messages.get("pathway.no_counter");
        return localizer.lawText(english, kb);
    }

    /** The knowledge base's header ({@link LawViews#header}) with the scale and the as-of note in this language. */
    Map<String, Object> lawHeader(LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>(LawViews.header(kb, today));
        if (!english()) {
            m.put("as_of_note", messages.get("law.heading", messages.date(kb.reviewed())));
            m.put("scale", messages.get("pathway.scale"));
        }
        return m;
    }

    /** One knowledge-base entry ({@link LawViews#entry}) in this language, its status sentence included. */
    Map<String, Object> lawEntry(Provision p, LocalDate today) {
        Map<String, Object> m = LawViews.entry(localizer.provision(p), today);
        if (!english()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> st = (Map<String, Object>) m.get("status");
            st.put("text", status(p.status()));
        }
        return m;
    }

    /**
     * A course's legal section ({@link LawViews#course}) in this language: citations, notices, deciders and
     * counter-arguments from the localized knowledge base, assessment labels and status sentences from the bundle; the
     * assessor's reasoning lines stay English (no Spanish exists for them yet).
     */
    Map<String, Object> pathway(CourseOfAction c, LocalDate today) {
        Map<String, Object> m = LawViews.course(course(c), localizedKb, today, messages);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) m.get("parts");
        for (int i = 0; i < parts.size(); i++) parts.get(i).put("conditions_text", conditions(c.pathways().get(i).block().conditions()));
        if (english()) return m;
        m.put("scale", messages.get("pathway.scale"));
        if (m.containsKey("legal_criterion_scale")) m.put("legal_criterion_scale", messages.get("criterion.legal_burden"));
        relabel(m);
        return m;
    }

    /** Replaces, anywhere in a pathway view, assessment labels and knowledge-base status sentences by this language's. */
    @SuppressWarnings("unchecked")
    private void relabel(Object node) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> m = (Map<String, Object>) raw;
            for (Map.Entry<String, Object> e : m.entrySet()) {
                String k = e.getKey();
                if (e.getValue() instanceof String s && (k.equals("assessment") || k.equals("with_consent") || k.equals("without_consent"))) {
                    e.setValue(assessment(s));
                } else if (k.equals("assessment_by_jurisdiction") && e.getValue() instanceof Map<?, ?> per) {
                    ((Map<String, Object>) per).replaceAll((j, a) -> assessment((String) a));
                } else if (k.equals("status") && e.getValue() instanceof String && m.get("id") instanceof String id && kb.contains(id)) {
                    e.setValue(status(kb.get(id).status()));
                } else {
                    relabel(e.getValue());
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object o : list) relabel(o);
        }
    }

    /** A pathway block's conditions as one line in this language (the report's wording, core labels in English). */
    String conditions(Conditions c) {
        List<String> places = c.places().stream().sorted().map(p -> messages.getOr("place." + p.name().toLowerCase(Locale.ROOT), p.label())).toList();
        return messages.get("pathway.conditions_text", messages.get(c.consent() ? "report.yes" : "report.no"),
                messages.getOr("branch." + c.branch().name().toLowerCase(Locale.ROOT), c.branch().label()), String.join(", ", places),
                messages.getOr("force." + c.force().name().toLowerCase(Locale.ROOT), c.force().id()),
                messages.get(c.usPersonsExposed() ? "report.yes" : "report.no"), messages.get(c.armedConflictClaimed() ? "report.yes" : "report.no"));
    }

    /** An assessment label ("prima facie unlawful") in this language. */
    String assessment(String englishLabel) {
        return messages.getOr("assessment." + englishLabel.replace(' ', '_').toLowerCase(Locale.ROOT), englishLabel);
    }

    /** A status sentence: the core's own in English, "vigente al 24 de octubre de 1945" and the review date in Spanish. */
    String status(Status s) {
        if (english()) return s.describe();
        return messages.get("law.state." + s.state().id(), messages.date(s.date()))
                + (s.reviewBy() != null ? "; " + messages.get("law.review_by", messages.date(s.reviewBy())) : "");
    }

    /**
     * The compare page's table in this language: metric labels from the bundle, course titles from the catalog's
     * overlays (a combination "A + B" by its parts), and the note when it is the catalog comparison's own.
     */
    ComparisonTable table(ComparisonTable t, CatalogProvider catalog) {
        if (english()) return t;
        List<ComparisonTable.Metric> metrics = new ArrayList<>();
        for (ComparisonTable.Metric m : t.metrics()) {
            metrics.add(new ComparisonTable.Metric(m.id(), messages.getOr("metric." + m.id(), m.label()), m.unit(), m.lowerIsBetter()));
        }
        List<ComparisonTable.Row> rows = new ArrayList<>();
        for (ComparisonTable.Row r : t.rows()) {
            String title = catalog.available() ? catalog.find(r.id()).map(c -> localizer.course(c).title()).orElse(r.title()) : r.title();
            rows.add(new ComparisonTable.Row(r.id(), title, r.values()));
        }
        String note = t.note();
        java.util.regex.Matcher y = java.util.regex.Pattern.compile("^Network model from the 2022 state of the reference run, (\\d+) year").matcher(note);
        if (y.find() && note.equals(Messages.english().get("web.compare.note", Integer.parseInt(y.group(1))))) {
            note = messages.get("web.compare.note", Integer.parseInt(y.group(1)));
        }
        return new ComparisonTable(metrics, rows, note);
    }

    /** A course's title in this language; a combination's as its parts' titles joined by " + ". */
    String title(CourseOfAction c) {
        if (english()) return c.title();
        if (c.id().contains("+")) {
            String[] ids = c.id().split("\\+");
            String[] english = c.title().split(" \\+ "); // Combination's title: the parts' titles joined by " + "
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) parts.add(localizer.text("coa/" + ids[i] + "/title", english.length == ids.length ? english[i] : ids[i]));
            return String.join(" + ", parts);
        }
        return localizer.course(c).title();
    }

    /** A metric's label ("Cartel members") in this language. */
    String metric(org.cartellab.comparison.Metric m) { return messages.getOr("metric." + m.id(), m.label()); }
}
