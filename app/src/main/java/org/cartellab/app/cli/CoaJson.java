package org.cartellab.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.cartellab.app.i18n.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.time.LocalDate;
import org.cartellab.app.law.LawViews;
import org.cartellab.evidence.Source;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;

/** JSON rendering of catalog entries (stable key order, ids as in catalog files). */
final class CoaJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoaJson() {}

    static String write(Object doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> show(Catalog catalog, CourseOfAction c) { return show(catalog, c, Messages.english()); }

    /** As {@link #show(Catalog, CourseOfAction)}, with the notice and texts in the messages' language (keys and ids unchanged). */
    static Map<String, Object> show(Catalog catalog, CourseOfAction c, Messages lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("notice", CoaNotice.text(lang));
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("summary", c.summary());
        m.put("origin", catalog.origin(c.id()));
        List<Map<String, Object>> seeds = new ArrayList<>();
        for (String s : c.seeds()) {
            Source src = catalog.sources().seed(s).orElseThrow();
            Map<String, Object> seed = new LinkedHashMap<>();
            seed.put("seed", s);
            seed.put("source", src.id());
            seed.put("reliability", src.reliability() == null ? null : src.reliability().grade().id());
            seed.put("reason", src.reliability() == null ? null : lang.localizer().reliabilityReason(src));
            seed.put("claims", CoaRecordLinks.seedJson(s));
            seeds.add(seed);
        }
        m.put("seeds", seeds);
        m.put("levers", levers(c));
        List<Map<String, Object>> legal = new ArrayList<>();
        for (LegalBasis l : c.legal()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("role", l.role().name().toLowerCase(Locale.ROOT));
            x.put("jurisdiction", l.jurisdiction().name());
            x.put("citation", l.citation());
            x.put("note", l.note());
            if (!l.source().isEmpty()) x.put("source", l.source());
            if (!l.provision().isEmpty()) x.put("provision", l.provision());
            legal.add(x);
        }
        m.put("legal", legal);
        m.put("legal_pathway", LawViews.course(c, KnowledgeBase.bundled(), LocalDate.now()));
        Map<String, Object> risks = new LinkedHashMap<>();
        for (RiskDimension d : RiskDimension.values()) {
            RiskRating r = c.risks().get(d);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("level", r.level());
            x.put("label", r.label());
            x.put("rationale", r.rationale());
            x.put("basis", r.basisKind().id());
            if (!r.judgment()) x.put("fact", r.fact());
            x.put("low_reliability_only", r.lowReliabilityOnly());
            x.put("evidence", evidence(r.evidence()));
            risks.put(d.id(), x);
        }
        m.put("risks", risks);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (OutsideModelOutcome o : c.outsideModel()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("metric", o.metric());
            x.put("unit", o.unit());
            x.put("range", range(o.range()));
            x.put("evidence", evidence(o.evidence()));
            outcomes.add(x);
        }
        m.put("outside_model", outcomes);
        m.put("assumptions", Catalog.assumptionCount(c));
        m.put("max_risk", Catalog.maxRisk(c));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (String id : CoaText.citedSources(c)) {
            Source s = catalog.sources().get(id);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", s.id());
            x.put("kind", s.kind().id());
            x.put("citation", s.citation());
            x.put("supports", lang.localizer().supports(s));
            if (s.reliability() != null) x.put("reliability", s.reliability().grade().id());
            sources.add(x);
        }
        m.put("sources", sources);
        m.put("public_record", CoaRecordLinks.json(c.id()));
        return m;
    }

    static List<Map<String, Object>> levers(CourseOfAction c) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LeverEffect e : c.levers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("lever", e.lever().id());
            x.put("unit", e.lever().unit());
            x.put("effect", range(e.effect()));
            x.put("start_week", e.startWeek());
            x.put("ramp_weeks", e.rampWeeks());
            x.put("scaled_by_cooperation", e.scaledByCooperation());
            x.put("settings", new TreeMap<>(e.settings()));
            x.put("evidence", evidence(e.evidence()));
            x.put("grading", org.cartellab.policy.effects.LeverGrading.of(e, org.cartellab.policy.effects.LeverEvidenceTables.bundled()).fields());
            out.add(x);
        }
        return out;
    }

    private static Map<String, Object> range(Range r) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("low", r.low());
        x.put("central", r.central());
        x.put("high", r.high());
        return x;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("sources", e.sources());
        x.put("assumption", e.assumption());
        x.put("rationale", e.rationale());
        return x;
    }
}
