package org.cartellab.validation;

/**
 * The ratio of missing persons to homicides that stands in for the missing-persons count after 2021 (ASSUMPTION).
 * {@code central} is the ratio in {@code referenceYear} (the last calibration year, 2021: 22,470 / 35,625 = 0.631);
 * {@code low} and {@code high} are the smallest and largest yearly ratios over {@code fromYear..toYear} (2012-2021:
 * 0.414 in 2012 to 0.894 in 2014), the range the back-test reports its errors over.
 */
public record MissingRatio(double central, double low, double high, int referenceYear, int fromYear, int toYear) {
    public MissingRatio {
        if (!(low <= central && central <= high)) throw new IllegalArgumentException("ratio range must contain the central value");
    }
}
