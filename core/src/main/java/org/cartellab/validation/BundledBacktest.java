package org.cartellab.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cartellab.calibration.CalibrationPosterior;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.data.BundledData;
import org.cartellab.data.NationalYear;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.progress.ProgressListener;

/**
 * The one computation of back-test (a) on the bundled data, shown everywhere the product states it: the
 * {@code backtest} verb, the comparison report's validation section, the briefing's known misses and
 * {@code GET /api/validation}. The published posterior ({@link PublishedPosterior}) with every
 * {@link Backtest#PUBLISHED_THIN}-th draw against the bundled national series after 2021
 * ({@code National2012_2024.csv}), predictive noise from seed {@link #SEED} unless a caller chooses another; computed
 * at most once per process and seed (results do not depend on the thread count), so every view shows the same
 * figures. Casualties per week, percent for growth.
 */
public final class BundledBacktest {
    /** The seed every view uses by default (the {@code backtest} verb's default {@code --seed}). */
    public static final long SEED = 1;

    /**
     * Back-test (a) with what the views put beside it.
     *
     * @param part                      back-test (a): the years after 2021 with predictive bands and metrics
     * @param statusQuoCasualtyChangePct weekly casualties 2027 against 2022 at the published parameters, percent
     * @param posteriorDraws            draws in the published posterior (the part uses every
     *                                  {@link Backtest#PUBLISHED_THIN}-th)
     * @param seed                      seed of the predictive noise
     */
    public record Published(BacktestPart part, double statusQuoCasualtyChangePct, int posteriorDraws, long seed) {
        /** Draws the band was computed from. */
        public int drawsUsed() { return (posteriorDraws + Backtest.PUBLISHED_THIN - 1) / Backtest.PUBLISHED_THIN; }

        /** The years whose predictive median lies above the observation. */
        public List<Integer> overPredicted() {
            return part.years().stream().filter(y -> y.predictive().median() > y.observed().value()).map(YearForecast::year).toList();
        }
    }

    private static final Map<Long, Published> CACHE = new ConcurrentHashMap<>();

    private BundledBacktest() {}

    /** Back-test (a) with the default seed, on all cores; computed once per process (about 1 s of CPU). */
    public static Published published() { return published(SEED, null); }

    /**
     * Back-test (a) with the predictive noise of {@code seed}, computed on {@code pool} (all cores when null) the first
     * time it is asked for in this process, then taken from the cache.
     */
    public static Published published(long seed, EnsembleRunner pool) {
        return CACHE.computeIfAbsent(seed, s -> {
            Backtest bt = backtest(s, pool == null ? EnsembleRunner.allCores() : pool);
            CalibrationPosterior posterior = PublishedPosterior.load();
            List<NationalYear> series = BundledData.national();
            return new Published(bt.published(series, posterior), bt.statusQuoCasualtyChange(series), posterior.draws().size(), s);
        });
    }

    /**
     * Both back-tests on the bundled data ({@code cartel-lab backtest}): (a) from {@link #published(long, EnsembleRunner)}
     * (so the verb shows what the report and the web show), (b) the hold-out computed now.
     */
    public static BacktestResult run(long seed, EnsembleRunner pool, ProgressListener progress) {
        Published a = published(seed, pool);
        return backtest(seed, pool).withHoldout(BundledData.national(), a.part(), a.statusQuoCasualtyChangePct(), progress);
    }

    private static Backtest backtest(long seed, EnsembleRunner pool) {
        return new Backtest(ConflictNetwork.of(BundledData.network()), pool, seed);
    }
}
