package org.cartellab.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartellab.comparison.CoaResult;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.Metric;
import org.cartellab.comparison.MetricBand;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverSetting;
import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;

/**
 * A place where the modelled effects are weak: the ranking flips between low and high lever values, a band reaches
 * both sides of the status quo, an effect is smaller than {@link #SMALL_PCT} percent, or a lever was not evaluated.
 */
public record WeakEffect(String coa, Kind kind, Phrase phrase) {
    /** The finding in English (the course named by its id). */
    public String message() { return phrase.english(); }

    /** Changes smaller than this (percent against the status quo) are reported as small. */
    public static final double SMALL_PCT = 1.0;

    /** Why an effect is weak. */
    public enum Kind { RANK_FLIPS, SIGN_UNDETERMINED, SMALL_EFFECT, NOT_EVALUATED }

    /** Findings for a comparison, with the matrices built at the low and high lever points. */
    /** Levers of the course that act on the network engine (everything except sentence length). */
    private static long networkLevers(CoaResult r) {
        return r.coa().levers().stream().filter(e -> e.lever() != Lever.SENTENCE_MULTIPLIER).count();
    }

    public static List<WeakEffect> find(Comparison c, DecisionMatrix low, DecisionMatrix high) {
        List<WeakEffect> out = new ArrayList<>();
        int y = low.horizonYears();
        for (CoaResult r : c.results()) {
            int rl = low.row(r.id()).rank();
            int rh = high.row(r.id()).rank();
            if (rl != rh && networkLevers(r) > 0) { // a course without network levers (the status quo) moves only because others do
                out.add(new WeakEffect(r.id(), Kind.RANK_FLIPS, Phrase.of(Phrases.WEAK_RANK_FLIPS, r.id(), rl, rh, y)));
            }
            for (Metric m : List.of(Metric.MEMBERS, Metric.CUMULATIVE_CASUALTIES)) {
                MetricBand b = r.band(y, m);
                if (b.straddlesStatusQuo()) {
                    out.add(new WeakEffect(r.id(), Kind.SIGN_UNDETERMINED, Phrase.of(Phrases.WEAK_SIGN,
                            r.id(), label(m), y, b.changePct(b.low()), b.changePct(b.high()))));
                } else if (!r.coa().isStatusQuo() && networkLevers(r) > 0 && Math.abs(b.changePct(b.low())) < SMALL_PCT && Math.abs(b.changePct(b.high())) < SMALL_PCT) {
                    out.add(new WeakEffect(r.id(), Kind.SMALL_EFFECT, Phrase.of(Phrases.WEAK_SMALL,
                            r.id(), label(m), y, SMALL_PCT, b.changePct(b.low()), b.changePct(b.high()))));
                }
            }
            if (!r.coa().isStatusQuo() && networkLevers(r) == 0) {
                out.add(new WeakEffect(r.id(), Kind.SMALL_EFFECT, Phrase.of(Phrases.WEAK_NO_NETWORK_LEVER, r.id())));
            }
            for (LeverSetting s : r.notEvaluated()) {
                out.add(new WeakEffect(r.id(), Kind.NOT_EVALUATED, Phrase.of(Phrases.WEAK_NOT_EVALUATED,
                        r.id(), s.effect().lever().id(), s.effect().effect().low(), s.effect().effect().high(), s.effect().effect().central())));
            }
        }
        return out;
    }

    /** A metric's label as a sentence uses it (lower case; the view translates it by the key {@code metric.ID}). */
    static Phrase.Label label(Metric m) { return new Phrase.Label("metric." + m.id(), m.label(), true); }
}
