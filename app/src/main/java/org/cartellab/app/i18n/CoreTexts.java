package org.cartellab.app.i18n;

import java.util.List;
import org.cartellab.comparison.Comparison;
import org.cartellab.comparison.ComparisonStart;
import org.cartellab.ensemble.EnsembleResult;
import org.cartellab.i18n.Language;
import org.cartellab.model.ModelClock;
import org.cartellab.network.NetworkParameters;

/**
 * The core's descriptive sentences that the terminal prints (where a comparison starts, the baseline row's label, an
 * ensemble's size and parameter distribution), in a language. English is always the core's own sentence, unchanged
 * (one home); other languages are composed here from the same values, never by editing the English. A sentence
 * this class does not recognise (a user-made distribution, for instance) is returned as the core wrote it.
 */
public final class CoreTexts {
    private CoreTexts() {}

    /**
     * Where a comparison starts, e.g. "2022 state of the reference run (…) from 2012-01-01 to week 520 (2021-12-19)"
     * or, in Spanish, "estado de 2022 de la corrida de referencia (…) del 1 de enero de 2012 a la semana 520 (19 de
     * diciembre de 2021)". Weeks count from the network model's origin, 2012-01-01.
     */
    public static String start(ComparisonStart s, Messages t) {
        if (t.language() == Language.EN) return s.description();
        int week = s.startWeek();
        boolean reference = s.parameters().equals(NetworkParameters.REFERENCE);
        String what = t.get(reference ? "start.reference_run" : "start.given_parameters");
        return t.get(week == ModelClock.START_2022 ? "start.state_2022" : "start.state", what, t.date(ModelClock.NETWORK.origin()), week,
                t.date(ModelClock.NETWORK.dateOf(week)));
    }

    /** The baseline row's label in outcome tables ({@link Comparison#baselineLabel()} in English). */
    public static String baselineLabel(Comparison c, Messages t) {
        if (t.language() == Language.EN) return c.baselineLabel();
        List<String> ids = c.baselineEquivalents();
        return ids.isEmpty() ? t.get("start.baseline_none") : t.get("start.baseline_of", String.join(" = ", ids));
    }

    /** An ensemble's size stated honestly ({@link EnsembleResult#runsOverDraws(long, long, String)} in English). */
    public static String runsOverDraws(long runs, long distinct, String distribution, Messages t) {
        if (t.language() == Language.EN) return EnsembleResult.runsOverDraws(runs, distinct, distribution);
        boolean posterior = distribution != null && distribution.contains("posterior");
        return t.get(posterior ? "ensemble.runs_over_posterior" : "ensemble.runs_over_parameters", runs, distinct);
    }

    /**
     * An ensemble's description ({@code "NAME: N runs, seed S; parameters: DISTRIBUTION"}, the core's
     * {@link EnsembleResult#description()} in English) in the language; the scenario's name is data and stays.
     */
    public static String ensemble(EnsembleResult r, Messages t) {
        if (t.language() == Language.EN) return r.description();
        String middle = ": " + r.runs() + " runs, seed " + r.seed() + "; parameters: ";
        int at = r.description().indexOf(middle);
        if (at < 0) return r.description();
        return t.get("ensemble.description", r.description().substring(0, at), r.runs(), r.seed(),
                distribution(r.description().substring(at + middle.length()), t));
    }

    /**
     * A parameter distribution's description (the core's: the calibration posterior, the reference box, fixed
     * parameters) in the language; an unrecognised description is returned unchanged.
     */
    public static String distribution(String description, Messages t) {
        if (t.language() == Language.EN || description == null) return description;
        String d = description;
        for (String[] p : PHRASES) d = d.replace(p[0], t.get(p[1]));
        return d;
    }

    /**
     * A calibration text of the core (the target series' description, how spline points meet model weeks, a
     * posterior's description) in the language; phrases not recognised stay as the core wrote them.
     */
    public static String calibration(String text, Messages t) {
        if (t.language() == Language.EN || text == null) return text;
        String d = text;
        for (String[] p : CALIBRATION) d = d.replace(p[0], t.get(p[1]));
        return distribution(d, t);
    }

    private static final String[][] CALIBRATION = {
            {"10 % of (homicides + missing persons)/52 and 5 % of arrests/52", "calib.series_arrests"},
            {"10 % of (homicides + missing persons)/52", "calib.series"},
            {"natural cubic spline at ", "calib.spline_at"},
            {" points ", "calib.points"},
            {"spline point k (decimal year ", "calib.align_lead"},
            {") compared with model week k (", "calib.align_mid"},
            {" + 7k days), k = 0..", "calib.align_tail"},
    };

    /** The phrases of the core's distribution descriptions and the keys of their translations, longest first. */
    private static final String[][] PHRASES = {
            {"ASSUMPTION: independent uniform draws within", "dist.box_lead"},
            {"of the published fit, cut to the paper's calibration bounds", "dist.box_tail"},
            {"calibration posterior", "dist.posterior"},
            {"published draws", "dist.published_draws"},
            {"distinct vectors", "dist.distinct_vectors"},
            {"chains x", "dist.chains_x"},
            {"fixed parameters", "dist.fixed"},
            {" draws, seed ", "dist.draws_seed"},
            {"seed ", "dist.seed"},
            {"acceptance ", "dist.acceptance"},
    };
}
