package org.cartellab.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.app.i18n.Messages;
import org.cartellab.calibration.PosteriorSummary;
import org.cartellab.uncertainty.Spread;
import org.cartellab.validation.Backtest;
import org.cartellab.validation.BacktestMetrics;
import org.cartellab.validation.BacktestPart;
import org.cartellab.validation.BacktestResult;
import org.cartellab.validation.BundledBacktest;
import org.cartellab.validation.YearForecast;

/**
 * The back-test's outputs: a JSON-ready map (for {@code backtest --json}, {@code backtest.json} and the web), the
 * per-year CSV ({@code backtest.csv}: one row per back-test and year) and the metrics CSV ({@code metrics.csv}: one row
 * per back-test and observation variant: central, low and high ends of the proxy range). Casualties per week throughout.
 */
public final class BacktestFiles {
    private BacktestFiles() {}

    public static Map<String, Object> json(BacktestResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", "cartel casualties per week (10 % of homicides + missing persons, /52; after 2021 a homicide-based proxy)");
        m.put("band_noise", r.bandNoise());
        m.put("missing_ratio", Map.of("central", r.ratio().central(), "low", r.ratio().low(), "high", r.ratio().high(),
                "reference_year", r.ratio().referenceYear(), "range_years", r.ratio().fromYear() + "-" + r.ratio().toYear()));
        m.put("status_quo_casualty_change_2022_2027_pct", r.statusQuoCasualtyChange2022to2027Pct());
        m.put("seed", r.seed());
        m.put("published", part(r.published()));
        m.put("holdout", part(r.holdout()));
        return m;
    }

    /**
     * The published calibration's back-test alone, for the web ({@code GET /api/validation}): the part's JSON plus the
     * status-quo change the product shows, the band's contents and the thinning ({@link BundledBacktest}, the same
     * figures as {@code cartel-lab backtest} and the report).
     */
    public static Map<String, Object> publishedJson(BundledBacktest.Published a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", "cartel casualties per week (10 % of homicides + missing persons, /52; after 2021 a homicide-based proxy, ASSUMPTION)");
        m.put("band_noise", Backtest.BAND_NOISE);
        m.put("status_quo_casualty_change_2022_2027_pct", a.statusQuoCasualtyChangePct());
        m.put("posterior_thin", Backtest.PUBLISHED_THIN);
        m.put("posterior_draws_used", a.drawsUsed());
        m.put("seed", a.seed());
        m.put("published", part(a.part()));
        m.put("more", "cartel-lab backtest (with a 2012-2018 hold-out); docs/validation.md");
        return m;
    }

    private static Map<String, Object> part(BacktestPart p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("calibrated", p.calibratedFrom() + "-" + p.calibratedTo());
        m.put("posterior", p.posteriorSource());
        m.put("posterior_diagnostics", diagnostics(p.posterior()));
        List<Map<String, Object>> ys = new ArrayList<>();
        for (YearForecast y : p.years()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("year", y.year());
            e.put("observed", y.observed().value());
            e.put("observed_low", y.observed().low());
            e.put("observed_high", y.observed().high());
            e.put("observed_basis", y.observed().basis());
            e.put("homicides", y.observed().homicides());
            e.put("model_median", y.model().median());
            e.put("predictive", spread(y.predictive()));
            e.put("in_50", y.in50());
            e.put("in_90", y.in90());
            e.put("model_growth_pct_since_" + p.baseYear(), y.modelGrowthPct());
            e.put("observed_growth_pct_since_" + p.baseYear(), y.observedGrowthPct());
            ys.add(e);
        }
        m.put("years", ys);
        m.put("metrics", metrics(p.metrics()));
        m.put("metrics_proxy_low", metrics(p.metricsLow()));
        m.put("metrics_proxy_high", metrics(p.metricsHigh()));
        return m;
    }

    private static Map<String, Object> spread(Spread s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q05", s.p5());
        m.put("q25", s.p25());
        m.put("q50", s.median());
        m.put("q75", s.p75());
        m.put("q95", s.p95());
        return m;
    }

    private static Map<String, Object> metrics(BacktestMetrics x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", x.n());
        m.put("mae", x.mae());
        m.put("mape_pct", x.mapePct());
        m.put("bias", x.bias());
        m.put("rmse", x.rmse());
        m.put("coverage_50", x.coverage50());
        m.put("coverage_90", x.coverage90());
        return m;
    }

    private static Map<String, Object> diagnostics(PosteriorSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("draws", s.draws());
        m.put("distinct_draws", s.distinctDraws());
        m.put("chains", s.chains());
        Map<String, Object> per = new LinkedHashMap<>();
        for (int i = 0; i < s.names().size(); i++) per.put(s.names().get(i), Map.of("ess", s.effectiveSampleSize()[i], "split_rhat", s.rhat()[i]));
        m.put("parameters", per);
        return m;
    }

    public static String yearsCsv(BacktestResult r) {
        StringBuilder b = new StringBuilder("backtest,year,observed,observed_low,observed_high,homicides,proxy,model_median,"
                + "pred_q05,pred_q25,pred_q50,pred_q75,pred_q95,in_50,in_90,model_growth_pct,observed_growth_pct,growth_since\n");
        for (BacktestPart p : List.of(r.published(), r.holdout())) {
            for (YearForecast y : p.years()) {
                Spread s = y.predictive();
                b.append(p.name()).append(',').append(y.year());
                for (double v : new double[] {y.observed().value(), y.observed().low(), y.observed().high(), y.observed().homicides()}) b.append(',').append(n(v));
                b.append(',').append(y.observed().proxy()).append(',').append(n(y.model().median()));
                for (double v : new double[] {s.p5(), s.p25(), s.median(), s.p75(), s.p95()}) b.append(',').append(n(v));
                b.append(',').append(y.in50()).append(',').append(y.in90()).append(',').append(n(y.modelGrowthPct())).append(',')
                        .append(n(y.observedGrowthPct())).append(',').append(p.baseYear()).append('\n');
            }
        }
        return b.toString();
    }

    public static String metricsCsv(BacktestResult r) {
        StringBuilder b = new StringBuilder("backtest,observation,n,mae,mape_pct,bias,rmse,coverage_50,coverage_90\n");
        for (BacktestPart p : List.of(r.published(), r.holdout())) {
            String[] which = {"central", "proxy_low", "proxy_high"};
            BacktestMetrics[] ms = {p.metrics(), p.metricsLow(), p.metricsHigh()};
            for (int k = 0; k < 3; k++) {
                BacktestMetrics m = ms[k];
                b.append(p.name()).append(',').append(which[k]).append(',').append(m.n());
                for (double v : new double[] {m.mae(), m.mapePct(), m.bias(), m.rmse(), m.coverage50(), m.coverage90()}) b.append(',').append(n(v));
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** What the predictive band holds, in the language of {@code t} (the English text is {@link Backtest#BAND_NOISE}). */
    public static String bandNoise(Messages t) { return t.get("backtest.band_noise"); }

    /**
     * What the back-test says about the model, in plain sentences built from the numbers (nothing here is fixed text
     * about the outcome), in the language of {@code t}: the status-quo forecast against the observed trend, the errors and
     * coverage of both back-tests, and what that means for using the model.
     */
    public static List<String> verdict(BacktestResult r, Messages t) {
        BacktestPart b = r.holdout();
        List<String> out = new ArrayList<>();
        out.add(statusQuoSentence(r.published(), r.statusQuoCasualtyChange2022to2027Pct(), t));
        out.add(publishedSentence(r.published(), t));
        out.add(t.get("backtest.verdict.holdout", b.calibratedFrom(), b.calibratedTo(), b.years().get(0).year(), b.years().get(b.years().size() - 1).year(),
                b.metrics().mae(), b.metrics().mapePct(), b.metrics().bias(), Math.round(b.metrics().coverage90() * b.metrics().n()), b.metrics().n(),
                Math.round(b.metrics().coverage50() * b.metrics().n())));
        out.add(t.get("backtest.verdict.meaning"));
        return out;
    }

    /** The status-quo forecast against the observed trend (back-test (a)), one sentence. */
    static String statusQuoSentence(BacktestPart a, double statusQuoChangePct, Messages t) {
        YearForecast last = a.years().get(a.years().size() - 1);
        return t.get("backtest.verdict.status_quo", statusQuoChangePct, last.observedGrowthPct(), a.baseYear(), last.year(), last.modelGrowthPct());
    }

    /** Errors and coverage of back-test (a), one sentence. */
    static String publishedSentence(BacktestPart a, Messages t) {
        BacktestMetrics m = a.metrics();
        return t.get("backtest.verdict.published", a.years().get(0).year(), a.years().get(a.years().size() - 1).year(), m.bias(), m.mapePct(),
                Math.min(a.metricsLow().mapePct(), a.metricsHigh().mapePct()), Math.max(a.metricsLow().mapePct(), a.metricsHigh().mapePct()),
                Math.round(m.coverage90() * m.n()), m.n(), Math.round(m.coverage50() * m.n()));
    }

    private static String n(double v) { return String.format(Locale.ROOT, "%.6g", v); }
}
