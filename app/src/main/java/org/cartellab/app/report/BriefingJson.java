package org.cartellab.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.app.i18n.Messages;
import org.cartellab.briefing.Briefing;
import org.cartellab.briefing.Change;
import org.cartellab.briefing.ConsentCondition;
import org.cartellab.briefing.CourseBriefing;
import org.cartellab.briefing.EvidenceGap;
import org.cartellab.briefing.KnownMiss;
import org.cartellab.briefing.LegalStanding;
import org.cartellab.briefing.TopRisk;

/**
 * A briefing as JSON: the facts with snake_case keys (metric ids as in comparison.csv, percentages as numbers) and,
 * beside each, the sentence the text and HTML renderings print. Key order is stable.
 */
public final class BriefingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BriefingJson() {}

    public static String of(Briefing b) { return of(b, Messages.english()); }

    /** As above, with the texts (headings, sentences, labels) in the language of {@code t}; ids and codes unchanged. */
    public static String of(Briefing b, Messages t) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
        doc.put("heading", BriefingWords.heading(b, t));
        doc.put("horizon_years", b.horizonYears());
        doc.put("ensemble_members", b.ensembleMembers());
        Map<String, Object> asOf = new LinkedHashMap<>();
        asOf.put("law", b.asOf().law().toString());
        asOf.put("evidence", b.asOf().evidence() == null ? null : b.asOf().evidence().toString());
        asOf.put("data_through_year", b.asOf().dataThroughYear());
        asOf.put("network_year", b.asOf().networkYear());
        asOf.put("start_week", b.asOf().startWeek());
        asOf.put("start_date", b.asOf().modelStart().toString());
        asOf.put("text", BriefingWords.asOf(b.asOf(), t));
        doc.put("as_of", asOf);
        List<Object> courses = new ArrayList<>();
        for (CourseBriefing c : b.courses()) courses.add(course(c, b, t));
        doc.put("courses", courses);
        List<Object> misses = new ArrayList<>();
        for (KnownMiss m : b.knownMisses()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("statement", m.statement());
            e.put("source", m.source());
            e.put("measured", m.measured());
            misses.add(e);
        }
        doc.put("known_misses", misses);
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> course(CourseBriefing c, Briefing b, Messages t) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", c.id());
        e.put("title", c.title());
        e.put("parts", c.parts());
        List<Object> changes = new ArrayList<>();
        for (Change ch : c.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", ch.metric().id());
            m.put("years", ch.years());
            m.put("status_quo", ch.statusQuo());
            m.put("central", ch.central());
            m.put("change_pct", ch.centralPct());
            m.put("band_low_pct", ch.lowPct());
            m.put("band_high_pct", ch.highPct());
            m.put("band", t.phrase(ch.bandKind()));
            m.put("runs_agreeing", ch.agreement().agreeing());
            m.put("runs", ch.agreement().total());
            m.put("runs_are", t.phrase(ch.agreement().basis()));
            m.put("text", BriefingWords.change(ch, t));
            changes.add(m);
        }
        e.put("changes", changes);
        c.standing().ifPresent(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", s.rank());
            m.put("of", s.of());
            m.put("score", s.score());
            m.put("status_quo_score", Double.isNaN(s.statusQuoScore()) ? null : s.statusQuoScore());
            m.put("share_above_status_quo", Double.isNaN(s.shareAboveStatusQuo()) ? null : s.shareAboveStatusQuo());
            m.put("text", BriefingWords.standing(s, b.kind() != Briefing.Kind.COMPARISON, t));
            e.put("standing", m);
        });
        List<Object> consent = new ArrayList<>();
        for (ConsentCondition cc : c.consent()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("part", cc.part());
            m.put("assumes_consent", cc.assumesConsent());
            m.put("in_mexico", cc.inMexico());
            m.put("consent_matters", cc.consentMatters());
            m.put("consent_fixed", cc.consentFixed());
            m.put("consent_counterpart", cc.counterpart().isEmpty() ? null : cc.counterpart());
            m.put("text", BriefingWords.consent(cc, c.legal(), t));
            consent.add(m);
        }
        e.put("consent", consent);
        List<Object> legal = new ArrayList<>();
        for (LegalStanding l : c.legal()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("part", l.part());
            m.put("jurisdiction", l.jurisdiction().name());
            m.put("assessment", l.assessment().label());
            m.put("basis", l.basis());
            m.put("prohibitions", l.prohibitions());
            m.put("counter", ReportText.counter(l.counter(), t));
            boolean fixed = c.consent().stream().anyMatch(cc -> cc.part().equals(l.part()) && cc.consentFixed());
            m.put("assessment_other_consent", fixed ? null : l.otherConsent().label());
            legal.add(m);
        }
        e.put("legal", legal);
        List<Object> risks = new ArrayList<>();
        for (TopRisk r : c.risks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dimension", r.dimension().id());
            m.put("level", r.level());
            m.put("label", t.getOr("risk.level." + r.level(), r.label()));
            m.put("basis", r.judgment() ? "judgment" : "sourced");
            m.put("sources", r.sources());
            m.put("rationale", r.rationale());
            risks.add(m);
        }
        e.put("top_risks", risks);
        List<Object> gaps = new ArrayList<>();
        for (EvidenceGap g : c.gaps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", g.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("text", t.phrase(g.phrase()));
            m.put("sources", g.sources());
            gaps.add(m);
        }
        e.put("evidence_gaps", gaps);
        return e;
    }
}
