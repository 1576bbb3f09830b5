package org.cartellab.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartellab.calibration.CalibrationFit;
import org.cartellab.calibration.CalibrationPosterior;
import org.cartellab.calibration.CalibrationProblem;
import org.cartellab.calibration.CalibrationTarget;
import org.cartellab.calibration.Calibrator;
import org.cartellab.calibration.FitOptions;
import org.cartellab.calibration.ModelSeries;
import org.cartellab.calibration.PosteriorOptions;
import org.cartellab.data.NationalYear;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.model.ModelClock;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.Progress;
import org.cartellab.progress.ProgressListener;
import org.cartellab.uncertainty.Spread;

/**
 * The two back-tests of the network model. (a) <b>Published</b>: the shipped posterior (calibrated on 2012-2021)
 * predicts every later year of the national series, compared on the homicide-based proxy ({@link CasualtyProxy}).
 * (b) <b>Hold-out</b>: the model is refitted on 2012-2018 only (least squares as {@code calibrate}, then a
 * {@link #HOLDOUT_POSTERIOR} posterior started at that optimum) and predicts 2019-2021, where the paper's definition
 * (homicides plus missing persons) is available, so nothing is assumed about the observations. Both use
 * {@link PosteriorPredictive} bands and {@link BacktestMetrics}. Deterministic for a seed.
 */
public final class Backtest {
    /** Last calibration year of the hold-out. */
    public static final int HOLDOUT_LAST_YEAR = 2018;
    /** Last year predicted by the hold-out. */
    public static final int HOLDOUT_PREDICT_TO = 2021;
    /** Hold-out sampler: 4 chains x 500 kept draws, every 5th of 2,500 iterations after 1,000 burn-in. */
    public static final PosteriorOptions HOLDOUT_POSTERIOR = PosteriorOptions.DEFAULT.withChains(4).withBurnIn(1000).withDraws(500).withThin(5);
    /** What the predictive band holds. */
    public static final String BAND_NOISE = "posterior parameter uncertainty plus independent yearly residual noise "
            + "(sigma drawn per draw from its conditional posterior, SSR / chi-squared with n = calibration years); "
            + "not the uncertainty of the missing-persons proxy, residual correlation between years, or change in the process";
    private static final int WEEK_2027 = ModelClock.yearsAfter(ModelClock.START_2022, 5);
    private static final int WEEK_2022 = ModelClock.START_2022;

    private final ConflictNetwork network;
    private final EnsembleRunner pool;
    private final long seed;

    public Backtest(ConflictNetwork network, EnsembleRunner pool, long seed) {
        this.network = network;
        this.pool = pool;
        this.seed = seed;
    }

    /** Runs both back-tests against {@code series} with {@code published} as the published posterior. */
    public BacktestResult run(List<NationalYear> series, CalibrationPosterior published, ProgressListener progress) {
        BacktestPart a = published(series, published);
        progress.onProgress(new Progress("published back-test", 1, 1, 0, null));
        return withHoldout(series, a, statusQuoCasualtyChange(series), progress);
    }

    /** Back-test (a) as given (e.g. the one {@link BundledBacktest} computed) with the hold-out (b) computed now. */
    public BacktestResult withHoldout(List<NationalYear> series, BacktestPart published, double statusQuoCasualtyChangePct,
                                      ProgressListener progress) {
        BacktestPart b = holdout(series, progress);
        return new BacktestResult(published, b, CasualtyProxy.ratio(series), BAND_NOISE, statusQuoCasualtyChangePct, seed);
    }

    /** Weekly casualties 2027 against 2022 at the published parameters (the status quo the comparison starts from), percent. */
    public double statusQuoCasualtyChange(List<NationalYear> series) {
        CalibrationProblem ref = CalibrationProblem.paper(network, ExtendedCalibration.target(series, CasualtyProxy.REFERENCE_YEAR));
        ModelSeries m = ref.simulate(NetworkParameters.REFERENCE, WEEK_2027);
        return 100 * (m.casualtiesAt(WEEK_2027) / m.casualtiesAt(WEEK_2022) - 1);
    }

    /**
     * Every how many draws of the published posterior back-test (a) uses: 2, so 2,500 of the 5,000 shipped draws. The
     * shipped chains have effective sample sizes of 1,266-1,832 per parameter, so every 2nd draw keeps more draws than
     * the chains hold independent information while halving the engine runs (measured: about 1.2 s of CPU against
     * 1.9 s for every draw; every 10th draw, 500 draws, fewer than the effective sample size, moved the 2024 growth
     * by 0.2 points). The one thinning of back-test (a) wherever it is shown: {@code backtest}, the report, the
     * briefing's known misses and {@code GET /api/validation} (see {@link BundledBacktest}).
     */
    public static final int PUBLISHED_THIN = 2;

    /**
     * (a): the published posterior (every {@link #PUBLISHED_THIN}-th draw) against every year after 2021 in the
     * series, casualties per week.
     */
    public BacktestPart published(List<NationalYear> series, CalibrationPosterior posterior) {
        int from = CasualtyProxy.REFERENCE_YEAR + 1;
        int to = series.get(series.size() - 1).year();
        CalibrationProblem problem = CalibrationProblem.paper(network, ExtendedCalibration.target(series, CasualtyProxy.REFERENCE_YEAR));
        List<NetworkParameters> draws = new ArrayList<>();
        for (int i = 0; i < posterior.draws().size(); i += PUBLISHED_THIN) draws.add(posterior.draws().get(i));
        List<YearForecast> years = forecast(problem, draws, series, from, to, CasualtyProxy.REFERENCE_YEAR);
        return part("published", "published calibration (2012-2021) against observed " + from + "-" + to, 2012,
                CasualtyProxy.REFERENCE_YEAR, posterior, String.format(Locale.ROOT, "the published posterior (%s), %s: %,d of %,d",
                        posterior.description(), PUBLISHED_THIN == 1 ? "every draw" : "every " + ordinal(PUBLISHED_THIN) + " draw",
                        draws.size(), posterior.draws().size()), years);
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; });
    }

    /** (b): refit on 2012-{@link #HOLDOUT_LAST_YEAR}, predict the years after it through {@link #HOLDOUT_PREDICT_TO}. */
    public BacktestPart holdout(List<NationalYear> series, ProgressListener progress) {
        CalibrationTarget target = ExtendedCalibration.target(series, HOLDOUT_LAST_YEAR);
        CalibrationProblem problem = CalibrationProblem.paper(network, target);
        CalibrationFit fit = new Calibrator().fit(problem, FitOptions.DEFAULT.withSeed(seed), progress);
        CalibrationPosterior posterior = CalibrationPosterior.sample(problem, fit.scaled(), HOLDOUT_POSTERIOR.withSeed(seed), progress);
        List<YearForecast> years = forecast(problem, posterior.draws(), series, HOLDOUT_LAST_YEAR + 1, HOLDOUT_PREDICT_TO, HOLDOUT_LAST_YEAR);
        return part("holdout", "hold-out: calibrated on 2012-" + HOLDOUT_LAST_YEAR + ", predicting " + (HOLDOUT_LAST_YEAR + 1) + "-"
                + HOLDOUT_PREDICT_TO, 2012, HOLDOUT_LAST_YEAR, posterior, String.format(Locale.ROOT,
                "refitted: least squares (RMSE %.2f casualties/week over %d weekly points) then %s, chain 0 from the optimum",
                fit.casualties().rmse(), target.weeks(), posterior.description()), years);
    }

    private List<YearForecast> forecast(CalibrationProblem problem, List<NetworkParameters> draws, List<NationalYear> series,
                                        int from, int to, int baseYear) {
        int[] ys = new int[to - from + 1];
        for (int j = 0; j < ys.length; j++) ys[j] = from + j;
        PosteriorPredictive.Draws d = PosteriorPredictive.compute(problem, draws, ys, baseYear, seed, pool);
        List<ObservedCasualties> obs = CasualtyProxy.years(series, from, to);
        ObservedCasualties base = CasualtyProxy.years(series, baseYear, baseYear).get(0);
        List<YearForecast> out = new ArrayList<>();
        int n = draws.size();
        for (int j = 0; j < ys.length; j++) {
            double[] model = new double[n];
            double[] pred = new double[n];
            double[] growth = new double[n];
            for (int i = 0; i < n; i++) {
                model[i] = d.model()[i][j];
                pred[i] = d.predictive()[i][j];
                growth[i] = 100 * (d.model()[i][j] / d.baseModel()[i] - 1);
            }
            Spread ms = Spread.of(model);
            Spread ps = Spread.of(pred);
            ObservedCasualties o = obs.get(j);
            double observedGrowth = 100 * (o.homicides() / base.homicides() - 1);
            if (!o.proxy() && !base.proxy()) observedGrowth = 100 * (o.value() / base.value() - 1);
            out.add(new YearForecast(o, ms, ps, YearForecast.in50(ps, o.value()), YearForecast.in90(ps, o.value()),
                    Spread.of(growth).median(), observedGrowth));
        }
        return out;
    }

    private static BacktestPart part(String name, String title, int from, int to, CalibrationPosterior posterior, String source,
                                     List<YearForecast> years) {
        return new BacktestPart(name, title, from, to, posterior.summary(), source, years, BacktestMetrics.of(years, 0),
                BacktestMetrics.of(years, -1), BacktestMetrics.of(years, 1), to);
    }
}
