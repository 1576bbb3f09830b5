package org.cartellab.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cartellab.calibration.CalibrationTarget;
import org.cartellab.data.NationalYear;

/**
 * Makes a year of the national series comparable with the calibration target (cartel casualties per week).
 *
 * <ul>
 *   <li>Years with missing persons (2012-2021): the paper's definition, {@code 0.10 (homicides + missing) / 52}.</li>
 *   <li>Years without (2022 on; the missing-persons registry RNPDNO after 2021 is contested and was revised in 2025,
 *       so it is not used): {@code 0.10 homicides (1 + r) / 52}, with {@code r} the missing-to-homicide ratio of 2021
 *       (ASSUMPTION: missing persons moved in proportion to homicides), reported over the range of {@code r} seen in
 *       2012-2021. Equivalently, the observed value is the 2021 target scaled by homicides relative to 2021.</li>
 * </ul>
 */
public final class CasualtyProxy {
    /** The last year with missing persons in the calibration data. */
    public static final int REFERENCE_YEAR = 2021;

    private CasualtyProxy() {}

    /** The missing-to-homicide ratio: its value in {@link #REFERENCE_YEAR} and its range over the years that have both. */
    public static MissingRatio ratio(List<NationalYear> series) {
        double central = Double.NaN;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (NationalYear y : series) {
            if (y.missing().isEmpty()) continue;
            double r = y.missing().getAsDouble() / y.homicides();
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
            from = Math.min(from, y.year());
            to = Math.max(to, y.year());
            if (y.year() == REFERENCE_YEAR) central = r;
        }
        if (Double.isNaN(central)) throw new IllegalArgumentException("the series has no missing persons for " + REFERENCE_YEAR);
        return new MissingRatio(central, lo, hi, REFERENCE_YEAR, from, to);
    }

    /** Year {@code y} on the target's scale. */
    public static ObservedCasualties of(NationalYear y, MissingRatio r) {
        double share = CalibrationTarget.CASUALTY_SHARE;
        if (y.missing().isPresent()) {
            double v = share * (y.homicides() + y.missing().getAsDouble()) / 52.0; // exactly as CalibrationTarget.fromTrends
            return new ObservedCasualties(y.year(), v, v, v, y.homicides(), false, "10 % of (homicides + missing persons) / 52");
        }
        return new ObservedCasualties(y.year(), share * (y.homicides() * (1 + r.central())) / 52.0, share * (y.homicides() * (1 + r.low())) / 52.0,
                share * (y.homicides() * (1 + r.high())) / 52.0, y.homicides(), true,
                String.format(Locale.ROOT, "10 %% of homicides x (1 + %.3f) / 52: missing persons assumed at their %d ratio to homicides "
                        + "(ASSUMPTION; range %.3f-%.3f, the ratios of %d-%d)", r.central(), r.referenceYear(), r.low(), r.high(), r.fromYear(), r.toYear()));
    }

    /** The years {@code from..to} of the series on the target's scale; a year missing from the series is an error. */
    public static List<ObservedCasualties> years(List<NationalYear> series, int from, int to) {
        MissingRatio r = ratio(series);
        List<ObservedCasualties> out = new ArrayList<>();
        for (int year = from; year <= to; year++) out.add(of(find(series, year), r));
        return out;
    }

    static NationalYear find(List<NationalYear> series, int year) {
        for (NationalYear y : series) if (y.year() == year) return y;
        throw new IllegalArgumentException("no data for " + year + " in the national series ("
                + series.get(0).year() + "-" + series.get(series.size() - 1).year() + ")");
    }
}
