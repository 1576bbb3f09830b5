package org.cartellab.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.DecisionMatrix;
import org.cartellab.assessment.WeakEffect;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.comparison.PolicyRun;
import org.cartellab.data.BundledData;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.RiskRating;
import org.cartellab.policy.effects.EffectStudy;
import org.cartellab.policy.effects.Grade;
import org.cartellab.policy.effects.LeverEvidenceTable;
import org.cartellab.policy.effects.LeverEvidenceTables;
import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;

/**
 * Builds a {@link Briefing} from an assessed comparison (and, when one was run, its comparison ensemble). Rules:
 * <ul>
 *   <li>Changes: members, casualties per week and cumulative casualties at the decision-matrix horizon, central change
 *       against the status quo with the band (the lever sweep's low..high, or the ensemble's 5-95 % paired change);
 *       agreement is the count of sweep runs (or ensemble members) moving the quantity the same way as the central
 *       value.</li>
 *   <li>Legal standing: each pathway block of the course (one per part of a combination), per jurisdiction, under the
 *       conditions it assumes, with the assessment under the other consent beside it.</li>
 *   <li>Top risks: the {@link #TOP_RISKS} highest-rated risk dimensions rated moderate (2) or above, highest first, ties
 *       in the catalog's dimension order; a rating whose evidence is an assumption is marked judgment.</li>
 *   <li>Gaps: the assessment's weak effects for the course; every lever kind the course pulls whose evidence table
 *       grades the direction or the size as judgment; every lever effect flagged as an assumption.</li>
 * </ul>
 */
public final class BriefingBuilder {
    /** How many risks the briefing lists per course. */
    public static final int TOP_RISKS = 3;
    /** The quantities the briefing reports, in order. */
    public static final List<Metric> METRICS = List.of(Metric.MEMBERS, Metric.WEEKLY_CASUALTIES, Metric.CUMULATIVE_CASUALTIES);

    private BriefingBuilder() {}

    /**
     * @param a        the assessed comparison (with the status quo in it)
     * @param ensemble the comparison ensemble over the same courses, or null
     * @param tables   the lever evidence tables
     * @param kb       the legal knowledge base (for its review date)
     * @param misses   the model's known misses, as the caller knows them (a back-test, or a stated limit)
     */
    public static Briefing of(ComparisonAssessment a, ComparisonEnsembleResult ensemble, LeverEvidenceTables tables, KnowledgeBase kb,
                              List<KnownMiss> misses) {
        Comparison c = a.comparison();
        DecisionMatrix m = a.matrix();
        int h = m.horizonYears();
        List<CoaResult> briefed = new ArrayList<>();
        for (DecisionMatrix.Row row : m.ranked()) {
            CoaResult r = c.result(row.id());
            if (!r.coa().isStatusQuo()) briefed.add(r);
        }
        if (briefed.isEmpty()) throw new IllegalArgumentException("nothing to brief: the comparison holds only the status quo");
        Briefing.Kind kind = briefed.size() > 1 ? Briefing.Kind.COMPARISON
                : briefed.get(0).id().contains("+") ? Briefing.Kind.COMBINATION : Briefing.Kind.COURSE;
        List<CourseBriefing> out = new ArrayList<>();
        for (CoaResult r : briefed) out.add(course(a, ensemble, tables, r, h));
        return new Briefing(kind, h, out, misses, asOf(c, tables, kb), ensemble == null ? 0 : ensemble.members());
    }

    private static CourseBriefing course(ComparisonAssessment a, ComparisonEnsembleResult e, LeverEvidenceTables tables, CoaResult r, int h) {
        CourseOfAction coa = r.coa();
        List<Change> changes = new ArrayList<>();
        for (Metric metric : METRICS) changes.add(change(a.comparison(), e, r, metric, h));
        List<ConsentCondition> consent = new ArrayList<>();
        List<LegalStanding> legal = new ArrayList<>();
        List<String> parts = coa.id().contains("+") ? List.of(coa.id().split("\\+")) : List.of(coa.id());
        for (int i = 0; i < coa.pathways().size(); i++) {
            CoursePathway p = coa.pathways().get(i);
            String part = !p.block().part().isEmpty() ? p.block().part() : parts.size() == coa.pathways().size() ? parts.get(i) : coa.id();
            consent.add(new ConsentCondition(part, p.block().conditions().consent(), p.block().conditions().inMexico(), p.consentMatters(),
                    p.consentFixed(), p.block().counterpart()));
            for (Jurisdiction j : Jurisdiction.values()) {
                JurisdictionPathway jp = p.assumed().of(j);
                legal.add(new LegalStanding(part, j, jp.assessment(), jp.basis(), jp.prohibitions(), jp.counter(), p.otherConsent().of(j).assessment()));
            }
        }
        List<TopRisk> risks = coa.risks().values().stream().filter(rr -> rr.level() >= 2)
                .sorted(Comparator.comparingInt(RiskRating::level).reversed().thenComparing(rr -> rr.dimension().ordinal()))
                .limit(TOP_RISKS)
                .map(rr -> new TopRisk(rr.dimension(), rr.level(), rr.label(), rr.rationale(), rr.evidence().sources(), rr.judgment()))
                .toList();
        DecisionMatrix m = a.matrix();
        DecisionMatrix.Row row = m.row(r.id());
        double sq = m.statusQuoRow().map(DecisionMatrix.Row::score).orElse(Double.NaN);
        Double above = a.robustness().shareAboveStatusQuo().get(r.id());
        Optional<CourseBriefing.Standing> standing = Optional.of(new CourseBriefing.Standing(row.rank(), m.rows().size(), row.score(), sq,
                above == null ? Double.NaN : above, h));
        return new CourseBriefing(coa.id(), coa.title(), parts, changes, consent, legal, risks, gaps(a, tables, r), standing);
    }

    /** The change of one metric at horizon {@code h}, with its band and sign agreement. */
    static Change change(Comparison c, ComparisonEnsembleResult e, CoaResult r, Metric metric, int h) {
        MetricBand b = r.band(h, metric);
        double centralPct = b.centralChangePct();
        int dir = direction(centralPct);
        if (e != null && !e.identicalToBaseline(r.id())) {
            ComparisonEnsembleResult.Outcome o = e.outcome(r.id(), h, metric);
            int lower = (int) Math.round(o.probLower() * e.members());
            int agreeing = dir < 0 ? lower : dir > 0 ? e.members() - lower : e.members();
            // within noise centrally: agreement is the members that also stay within noise, which the ensemble does not record; count all
            return new Change(metric, h, b.statusQuo(), b.central(), centralPct, o.changePct().p5(), o.changePct().p95(),
                    Phrase.of(Phrases.BAND_ENSEMBLE), new SignAgreement(agreeing, e.members(),
                    Phrase.of(Phrases.RUNS_ENSEMBLE)));
        }
        int weeks = 52 * h;
        int agreeing = 0;
        for (PolicyRun run : r.sweep()) {
            double v = run.value(metric, weeks);
            if (direction(b.changePct(v)) == dir) agreeing++;
        }
        return new Change(metric, h, b.statusQuo(), b.central(), centralPct, b.changePct(b.low()), b.changePct(b.high()),
                Phrase.of(Phrases.BAND_LEVER_RANGE),
                new SignAgreement(agreeing, r.sweep().size(), Phrase.of(r.sweep().size() > r.runs().size() ? Phrases.RUNS_LEVERS_SHARES : Phrases.RUNS_LEVERS)));
    }

    private static int direction(double pct) { return Double.isNaN(pct) || Math.abs(pct) < Change.NEGLIGIBLE_PCT ? 0 : pct < 0 ? -1 : 1; }

    private static List<EvidenceGap> gaps(ComparisonAssessment a, LeverEvidenceTables tables, CoaResult r) {
        List<EvidenceGap> out = new ArrayList<>();
        for (WeakEffect w : a.weakEffects()) {
            // the messages name the course by id; a briefing names it by title
            if (w.coa().equals(r.id())) out.add(new EvidenceGap(EvidenceGap.Kind.WEAK_EFFECT, titled(w.phrase(), r.id(), r.coa().title()), List.of()));
        }
        LinkedHashSet<org.cartellab.policy.Lever> seen = new LinkedHashSet<>();
        for (LeverEffect le : r.coa().levers()) {
            if (!seen.add(le.lever())) continue;
            Optional<LeverEvidenceTable> t = tables.find(le.lever());
            if (t.isEmpty()) continue;
            LeverEvidenceTable tab = t.get();
            if (tab.direction() == Grade.JUDGMENT || tab.size() == Grade.JUDGMENT) {
                boolean both = tab.direction() == Grade.JUDGMENT && tab.size() == Grade.JUDGMENT;
                Phrase.Label lever = new Phrase.Label("lever.name." + le.lever().id(), le.lever().id().replace('_', ' '), false);
                Phrase.Text summary = new Phrase.Text("levers/" + le.lever().id() + "/summary", tab.summary());
                Phrase text = both ? Phrase.of(Phrases.GAP_JUDGMENT_BOTH, lever, summary)
                        : Phrase.of(Phrases.GAP_JUDGMENT_ONE, Phrase.of(tab.direction() == Grade.JUDGMENT ? Phrases.GAP_DIRECTION : Phrases.GAP_SIZE), lever, summary);
                out.add(new EvidenceGap(EvidenceGap.Kind.JUDGMENT_LEVER, text,
                        tab.studies().stream().map(EffectStudy::source).distinct().toList()));
            }
        }
        for (LeverEffect le : r.coa().levers()) {
            if (le.evidence().assumption()) {
                out.add(new EvidenceGap(EvidenceGap.Kind.ASSUMPTION, Phrase.of(Phrases.GAP_ASSUMPTION,
                        new Phrase.Label("lever.name." + le.lever().id(), le.lever().id(), false), fmt(le.effect().low()), fmt(le.effect().high()),
                        fmt(le.effect().central()), new Phrase.Label("lever.unit." + le.lever().id(), le.lever().unit(), false), le.evidence().rationale()),
                        le.evidence().sources()));
            }
        }
        return out;
    }

    /** The phrase with its course-id argument replaced by the course's title (the messages name the course by id). */
    private static Phrase titled(Phrase p, String id, String title) {
        List<Object> args = new ArrayList<>(p.args());
        for (int i = 0; i < args.size(); i++) if (id.equals(args.get(i))) args.set(i, title);
        return new Phrase(p.pattern(), args);
    }

    private static String fmt(double v) { return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.3g", v); }

    private static AsOf asOf(Comparison c, LeverEvidenceTables tables, KnowledgeBase kb) {
        LocalDate evidence = tables.tables().values().stream().flatMap(t -> t.studies().stream()).map(EffectStudy::confirmedOn)
                .filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        var trends = BundledData.trends();
        int through = trends.get(trends.size() - 1).year();
        int start = c.start().startWeek();
        return new AsOf(kb.reviewed(), evidence, through, 2020, org.cartellab.model.ModelClock.NETWORK.dateOf(start), start);
    }
}
