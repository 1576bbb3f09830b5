package org.cartellab.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.Source;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;
import org.cartellab.policy.effects.LeverEvidenceTable;
import org.cartellab.policy.effects.LeverEvidenceTables;
import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import org.cartellab.record.Claim;
import org.cartellab.record.ClaimFigure;
import org.cartellab.record.Event;
import org.cartellab.record.Position;
import org.cartellab.record.Precedent;
import org.cartellab.record.PublicRecord;

/**
 * Every user-facing English text of the bundled data, by translation key, in file order. A key is a path of the
 * form {@code KIND/ID/FIELD...} separated by '/', the same path an overlay file gives by nesting (see
 * docs/i18n.md):
 * <ul>
 *   <li>{@code coa/ID/title}, {@code coa/ID/summary}, {@code coa/ID/levers/LEVER} (the lever's evidence rationale),
 *       {@code coa/ID/legal/N/citation} and {@code .../note} (N = index in the course's legal list, from 0),
 *       {@code coa/ID/risks/DIMENSION/rationale}, {@code .../evidence} and {@code .../fact}, {@code coa/ID/outside/N/metric},
 *       {@code coa/ID/pathways/N/part} (the name of a part of a course's legal pathway),
 *       {@code .../unit}, {@code .../evidence};</li>
 *   <li>{@code law/ID/requires}, {@code counter}, {@code decides}, {@code notify_who}, {@code notify_when},
 *       {@code status_note}, and {@code citation} only where the entry has no {@code citation_es} (Mexican law has
 *       its Spanish citation in the knowledge base itself, which is reused);</li>
 *   <li>{@code record/events/ID/summary|note}, {@code record/positions/ID/stance|note},
 *       {@code record/precedents/ID/title|what_happened|suggests|note},
 *       {@code record/claims/ID/claim|made_by|correct|note}, {@code record/claims/ID/figures/N/label|unit|basis},
 *       {@code record/actors/NAME} (names of states, organisations, programmes and laws);</li>
 *   <li>{@code sources/ID/reliability} (a seed article's reliability reason) and {@code sources/ID/supports};</li>
 *   <li>{@code levers/LEVER/summary} (the lever evidence table's one-line summary);</li>
 *   <li>{@code defaults/dependent_share/rationale} (the comparison defaults' evidence);</li>
 *   <li>{@code phrases/KEY}: the patterns of the sentences the core generates ({@link Phrases}; placeholders as
 *       {@link String#format}).</li>
 * </ul>
 * Empty English fields have no key. Identifiers, citations of sources' own titles and URLs are not translated.
 */
public final class EnglishTexts {
    private final Map<String, String> texts;

    private EnglishTexts(Map<String, String> texts) { this.texts = Collections.unmodifiableMap(texts); }

    /** The texts of the bundled catalog, knowledge base, public record and evidence ledger. */
    public static EnglishTexts bundled() { return Holder.VALUE; }

    /** The texts of these data sets (for tests and user-supplied data). */
    public static EnglishTexts of(List<CourseOfAction> courses, KnowledgeBase law, PublicRecord record, EvidenceCatalog ledger) {
        Map<String, String> m = new LinkedHashMap<>();
        for (CourseOfAction c : courses) course(m, c);
        for (Provision p : law.all()) provision(m, p);
        record(m, record);
        for (Source s : ledger.all()) {
            if (s.reliability() != null) put(m, "sources/" + s.id() + "/reliability", s.reliability().reason());
            put(m, "sources/" + s.id() + "/supports", s.supports());
        }
        for (LeverEvidenceTable t : LeverEvidenceTables.bundled().tables().values()) put(m, "levers/" + t.lever().id() + "/summary", t.summary());
        put(m, org.cartellab.comparison.DependentShare.RATIONALE_KEY,
                org.cartellab.comparison.ComparisonDefaults.bundled().cooperationDependentIncapacitation().evidence().rationale());
        for (Phrase.Pattern p : Phrases.all()) put(m, "phrases/" + p.key(), p.english());
        for (org.cartellab.data.DataSet d : org.cartellab.data.DataSet.values()) dataSet(m, d);
        return new EnglishTexts(m);
    }

    /** Key to English text, in file order. */
    public Map<String, String> all() { return texts; }

    public boolean contains(String key) { return texts.containsKey(key); }

    /** The English text of a key, or null. */
    public String get(String key) { return texts.get(key); }

    static void course(Map<String, String> m, CourseOfAction c) {
        String p = "coa/" + c.id() + "/";
        put(m, p + "title", c.title());
        put(m, p + "summary", c.summary());
        for (LeverEffect e : c.levers()) put(m, p + "levers/" + e.lever().id(), e.evidence().rationale());
        for (int i = 0; i < c.legal().size(); i++) {
            LegalBasis l = c.legal().get(i);
            put(m, p + "legal/" + i + "/citation", l.citation());
            put(m, p + "legal/" + i + "/note", l.note());
        }
        for (RiskDimension d : RiskDimension.values()) {
            RiskRating r = c.risks().get(d);
            if (r == null) continue;
            put(m, p + "risks/" + d.id() + "/rationale", r.rationale());
            put(m, p + "risks/" + d.id() + "/evidence", r.evidence().rationale());
            put(m, p + "risks/" + d.id() + "/fact", r.fact());
        }
        for (int i = 0; i < c.pathways().size(); i++) put(m, p + "pathways/" + i + "/part", c.pathways().get(i).block().part());
        for (int i = 0; i < c.outsideModel().size(); i++) {
            OutsideModelOutcome o = c.outsideModel().get(i);
            put(m, p + "outside/" + i + "/metric", o.metric());
            put(m, p + "outside/" + i + "/unit", o.unit());
            put(m, p + "outside/" + i + "/evidence", o.evidence().rationale());
        }
    }

    static void provision(Map<String, String> m, Provision v) {
        String p = "law/" + v.id() + "/";
        if (v.citationEs().isEmpty()) put(m, p + "citation", v.citation());
        put(m, p + "requires", v.requires());
        put(m, p + "counter", v.counter());
        put(m, p + "decides", v.decides());
        put(m, p + "notify_who", v.notifyWho());
        put(m, p + "notify_when", v.notifyWhen());
        put(m, p + "status_note", v.status().note());
    }

    static void record(Map<String, String> m, PublicRecord r) {
        for (Event e : r.timeline().events()) {
            String p = "record/events/" + e.id() + "/";
            put(m, p + "summary", e.summary());
            put(m, p + "note", e.note());
            for (String a : e.actors()) put(m, "record/actors/" + a, a);
        }
        for (Position x : r.positions().positions()) {
            String p = "record/positions/" + x.id() + "/";
            put(m, p + "stance", x.stance());
            put(m, p + "note", x.note());
        }
        for (Precedent x : r.precedents().precedents()) {
            String p = "record/precedents/" + x.id() + "/";
            put(m, p + "title", x.title());
            put(m, p + "what_happened", x.whatHappened());
            put(m, p + "suggests", x.suggests());
            put(m, p + "note", x.note());
            for (String a : x.actors()) put(m, "record/actors/" + a, a);
        }
        for (Claim c : r.claims().claims()) {
            String p = "record/claims/" + c.id() + "/";
            put(m, p + "claim", c.claim());
            put(m, p + "made_by", c.madeBy());
            put(m, p + "correct", c.correct());
            put(m, p + "note", c.note());
            for (int i = 0; i < c.figures().size(); i++) {
                ClaimFigure f = c.figures().get(i);
                put(m, p + "figures/" + i + "/label", f.label());
                put(m, p + "figures/" + i + "/unit", f.unit());
                put(m, p + "figures/" + i + "/basis", f.basis());
            }
        }
    }

    /** A bundled data set's description and, when it has any, what the bundled copy changes (its citation keeps its language). */
    static void dataSet(Map<String, String> m, org.cartellab.data.DataSet d) {
        String p = "data/" + d.name().toLowerCase(java.util.Locale.ROOT) + "/";
        put(m, p + "description", d.description());
        if (!d.changes().equals("none")) put(m, p + "changes", d.changes());
    }

    private static void put(Map<String, String> m, String key, String text) {
        if (text != null && !text.isBlank()) m.putIfAbsent(key, text.trim());
    }

    private static final class Holder {
        static final EnglishTexts VALUE = of(Catalog.bundled().all(), KnowledgeBase.bundled(), PublicRecord.bundled(),
                EvidenceCatalog.bundled());
    }
}
