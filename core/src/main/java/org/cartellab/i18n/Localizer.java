package org.cartellab.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cartellab.evidence.Source;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.cartellab.law.Status;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;
import org.cartellab.record.Claim;
import org.cartellab.record.ClaimFigure;
import org.cartellab.record.ClaimRegister;
import org.cartellab.record.Event;
import org.cartellab.record.Position;
import org.cartellab.record.Precedent;
import org.cartellab.record.PrecedentLibrary;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.StatedPositions;
import org.cartellab.record.Timeline;
import org.cartellab.text.Phrase;

/**
 * Localized copies of the domain values: the same record with every user-facing text replaced by its translation
 * where one exists, English otherwise (a course from a user's own catalog folder, for instance, stays English). Ids,
 * numbers, dates, links and sources' own titles never change. For {@link Language#EN} every method returns its
 * argument unchanged.
 */
public final class Localizer {
    private final Language language;
    private final Translations translations;

    public Localizer(Language language, Translations translations) {
        this.language = language;
        this.translations = translations;
    }

    /** The localizer for a language over the bundled translations. */
    public static Localizer of(Language language) {
        return new Localizer(language, language == Language.ES ? Translations.bundledSpanish() : Translations.none());
    }

    public Language language() { return language; }

    /** The translation of a key (see {@link EnglishTexts}), or {@code english} when there is none. */
    public String text(String key, String english) {
        if (english == null || english.isBlank()) return english;
        String t = translations.get(key);
        return t == null ? english : t;
    }

    public CourseOfAction course(CourseOfAction c) {
        if (language == Language.EN) return c;
        String p = "coa/" + c.id() + "/";
        List<LeverEffect> levers = new ArrayList<>();
        for (LeverEffect e : c.levers()) {
            levers.add(new LeverEffect(e.lever(), e.effect(), e.startWeek(), e.rampWeeks(), e.scaledByCooperation(), e.settings(),
                    evidence(e.evidence(), p + "levers/" + e.lever().id())));
        }
        List<LegalBasis> legal = new ArrayList<>();
        for (int i = 0; i < c.legal().size(); i++) {
            LegalBasis l = c.legal().get(i);
            legal.add(new LegalBasis(l.role(), l.jurisdiction(), text(p + "legal/" + i + "/citation", l.citation()),
                    text(p + "legal/" + i + "/note", l.note()), l.source(), l.provision()));
        }
        Map<RiskDimension, RiskRating> risks = new EnumMap<>(RiskDimension.class);
        for (Map.Entry<RiskDimension, RiskRating> e : c.risks().entrySet()) {
            RiskRating r = e.getValue();
            String k = p + "risks/" + e.getKey().id() + "/";
            risks.put(e.getKey(), new RiskRating(r.dimension(), r.level(), text(k + "rationale", r.rationale()), evidence(r.evidence(), k + "evidence"),
                    text(k + "fact", r.fact()), r.lowReliabilityOnly()));
        }
        List<OutsideModelOutcome> outside = new ArrayList<>();
        for (int i = 0; i < c.outsideModel().size(); i++) {
            OutsideModelOutcome o = c.outsideModel().get(i);
            String k = p + "outside/" + i + "/";
            outside.add(new OutsideModelOutcome(text(k + "metric", o.metric()), text(k + "unit", o.unit()), o.range(), evidence(o.evidence(), k + "evidence")));
        }
        List<org.cartellab.law.CoursePathway> pathways = new ArrayList<>();
        for (int i = 0; i < c.pathways().size(); i++) {
            org.cartellab.law.CoursePathway cp = c.pathways().get(i);
            org.cartellab.law.PathwayBlock b = cp.block();
            pathways.add(new org.cartellab.law.CoursePathway(new org.cartellab.law.PathwayBlock(text(p + "pathways/" + i + "/part", b.part()), b.conditions(),
                    b.claims(), b.consentFixed(), b.counterpart()), cp.assumed(), cp.otherConsent(), cp.consentMatters()));
        }
        return new CourseOfAction(c.id(), text(p + "title", c.title()), text(p + "summary", c.summary()), c.seeds(), levers, legal, risks,
                outside, pathways);
    }

    public List<CourseOfAction> courses(List<CourseOfAction> cs) {
        return language == Language.EN ? cs : cs.stream().map(this::course).toList();
    }

    private Evidence evidence(Evidence e, String key) {
        return new Evidence(e.sources(), e.assumption(), text(key, e.rationale()));
    }

    /** A knowledge-base entry; for Spanish the citation is the entry's own Spanish citation where it has one. */
    public Provision provision(Provision v) {
        if (language == Language.EN) return v;
        String p = "law/" + v.id() + "/";
        String citation = v.citationEs().isEmpty() ? text(p + "citation", v.citation()) : v.citationEs();
        Status s = v.status();
        Status status = new Status(s.state(), s.date(), text(p + "status_note", s.note()), s.reviewBy());
        return new Provision(v.id(), v.jurisdiction(), v.kind(), v.duty(), citation, "", text(p + "requires", v.requires()),
                v.appliesWhen(), v.answers(), v.about(), v.needs(), text(p + "decides", v.decides()), text(p + "notify_who", v.notifyWho()),
                text(p + "notify_when", v.notifyWhen()), text(p + "counter", v.counter()), status, v.sources(), v.verified(), v.reviewed());
    }

    /**
     * A text the legal assessor copies from a knowledge-base entry (a decider, a counter-argument), localized by finding
     * the entry that has it; {@code english} itself when no entry has it or the language is English.
     */
    public String lawText(String english, KnowledgeBase kb) {
        if (language == Language.EN || english == null || english.isBlank()) return english;
        for (Provision p : kb.all()) {
            if (english.equals(p.decides())) return provision(p).decides();
            if (english.equals(p.counter())) return provision(p).counter();
        }
        // one decider of an entry that names several ("; "-separated, the same count in the translation)
        for (Provision p : kb.all()) {
            List<String> en = org.cartellab.law.Deciders.split(p.decides());
            int i = en.indexOf(english);
            if (i < 0) continue;
            List<String> es = org.cartellab.law.Deciders.split(provision(p).decides());
            if (es.size() == en.size()) return es.get(i);
        }
        return english;
    }

    /** A name of a state, organisation, programme or law as the record lists it among an entry's actors. */
    public String actor(String name) { return text("record/actors/" + name, name); }

    public Event event(Event e) {
        if (language == Language.EN) return e;
        String p = "record/events/" + e.id() + "/";
        return new Event(e.id(), e.date(), e.actors().stream().map(this::actor).toList(), e.kind(), text(p + "summary", e.summary()),
                e.courses(), e.laws(), e.verified(), text(p + "note", e.note()), e.sources());
    }

    public Position position(Position x) {
        if (language == Language.EN) return x;
        String p = "record/positions/" + x.id() + "/";
        return new Position(x.id(), x.government(), x.course(), x.date(), text(p + "stance", x.stance()), x.verified(),
                text(p + "note", x.note()), x.sources());
    }

    public Precedent precedent(Precedent x) {
        if (language == Language.EN) return x;
        String p = "record/precedents/" + x.id() + "/";
        return new Precedent(x.id(), text(p + "title", x.title()), x.from(), x.to(), x.actors().stream().map(this::actor).toList(),
                text(p + "what_happened", x.whatHappened()), text(p + "suggests", x.suggests()), x.courses(), x.verified(),
                text(p + "note", x.note()), x.sources());
    }

    public Claim claim(Claim c) {
        if (language == Language.EN) return c;
        String p = "record/claims/" + c.id() + "/";
        List<ClaimFigure> figures = new ArrayList<>();
        for (int i = 0; i < c.figures().size(); i++) {
            ClaimFigure f = c.figures().get(i);
            String k = p + "figures/" + i + "/";
            figures.add(new ClaimFigure(text(k + "label", f.label()), f.value(), text(k + "unit", f.unit()), text(k + "basis", f.basis())));
        }
        return new Claim(c.id(), text(p + "claim", c.claim()), c.seeds(), text(p + "made_by", c.madeBy()), c.status(),
                text(p + "correct", c.correct()), figures, c.courses(), text(p + "note", c.note()), c.sources());
    }

    public Timeline timeline(Timeline t) {
        return language == Language.EN ? t : new Timeline(t.asOf(), t.events().stream().map(this::event).toList());
    }

    public PrecedentLibrary precedents(PrecedentLibrary l) {
        return language == Language.EN ? l : new PrecedentLibrary(l.asOf(), l.precedents().stream().map(this::precedent).toList());
    }

    public StatedPositions positions(StatedPositions s) {
        return language == Language.EN ? s : new StatedPositions(s.asOf(), s.positions().stream().map(this::position).toList());
    }

    public ClaimRegister claims(ClaimRegister r) {
        return language == Language.EN ? r : new ClaimRegister(r.asOf(), r.claims().stream().map(this::claim).toList());
    }

    /** The whole public record. */
    public PublicRecord record(PublicRecord r) {
        if (language == Language.EN) return r;
        return new PublicRecord(timeline(r.timeline()), precedents(r.precedents()), positions(r.positions()), claims(r.claims()),
                r.pendingCourses());
    }

    /** A seed article's reliability reason, or empty when it has none. */
    public String reliabilityReason(Source s) {
        return s.reliability() == null ? "" : text("sources/" + s.id() + "/reliability", s.reliability().reason());
    }

    /**
     * A generated sentence in this language: its pattern's translation (English where there is none), data texts
     * translated, numbers formatted with the language's locale.
     *
     * @param labels the text of a label of a core value in this language (views take it from their message bundle)
     */
    public String phrase(Phrase p, java.util.function.Function<Phrase.Label, String> labels) {
        if (language == Language.EN) return p.english();
        return p.render(x -> text("phrases/" + x.key(), x.english()), labels, x -> text(x.key(), x.english()), language::longDate, language.locale());
    }

    /** What the catalog uses a source for. */
    public String supports(Source s) { return text("sources/" + s.id() + "/supports", s.supports()); }
}
