package org.cartellab.validation;

import java.util.List;
import java.util.Locale;
import org.cartellab.calibration.CalibrationTarget;
import org.cartellab.data.NationalYear;

/**
 * Calibration targets through a chosen year of the national series: 2012 to {@code through}, each year on the target's
 * scale by {@link CasualtyProxy} (the paper's definition while missing persons exist, the homicide-based proxy after
 * 2021), through the natural cubic spline sampled to {@code through + 1} as the paper does for 2021 (one year of the
 * spline's linear extension). {@code through = 2021} gives exactly the paper's target; {@code through = 2018} is the
 * hold-out's; {@code through = 2024} the optional recalibration ({@code calibrate --through 2024}).
 */
public final class ExtendedCalibration {
    /** The earliest year a calibration may end in: six years for five parameters. */
    public static final int EARLIEST_THROUGH = 2017;

    private ExtendedCalibration() {}

    /** The latest year with a definitive homicide count. */
    public static int latestDefinitiveYear(List<NationalYear> series) {
        int latest = Integer.MIN_VALUE;
        for (NationalYear y : series) if (y.definitive()) latest = Math.max(latest, y.year());
        return latest;
    }

    /**
     * The target through {@code through}.
     *
     * @throws IllegalArgumentException if the series has no definitive count for {@code through} or it is before
     *                                  {@link #EARLIEST_THROUGH}; the message names the year, the file and what exists
     */
    public static CalibrationTarget target(List<NationalYear> series, int through) {
        int first = series.get(0).year();
        int latest = latestDefinitiveYear(series);
        if (through < EARLIEST_THROUGH || through > latest) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "no calibration through %d: the national series "
                    + "(National2012_2024.csv) has definitive INEGI homicide counts for %d-%d, and a fit of five parameters needs at "
                    + "least the years %d-%d; choose a year from %d to %d", through, first, latest, first, EARLIEST_THROUGH, EARLIEST_THROUGH, latest));
        }
        NationalYear y = CasualtyProxy.find(series, through);
        if (!y.definitive()) throw new IllegalArgumentException("no calibration through " + through + ": its homicide count is preliminary");
        List<ObservedCasualties> obs = CasualtyProxy.years(series, first, through);
        double[] years = new double[obs.size()];
        double[] values = new double[obs.size()];
        boolean proxy = false;
        for (int i = 0; i < obs.size(); i++) {
            years[i] = obs.get(i).year();
            values[i] = obs.get(i).value();
            proxy |= obs.get(i).proxy();
        }
        MissingRatio r = CasualtyProxy.ratio(series);
        String description = String.format(Locale.ROOT, "10 %% of (homicides + missing persons)/52, %d-%d%s, natural cubic spline at %s points %d-%d",
                first, Math.min(through, r.toYear()),
                proxy ? String.format(Locale.ROOT, "; %d-%d: 10 %% of homicides x (1 + %.3f)/52 (missing persons at their %d ratio, ASSUMPTION)",
                        r.toYear() + 1, through, r.central(), r.referenceYear()) : "",
                "the paper's spacing of", first, through + 1);
        return CalibrationTarget.fromYearly(years, values, null, description, through + 1);
    }
}
