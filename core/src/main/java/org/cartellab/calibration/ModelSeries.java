package org.cartellab.calibration;

/** The two model outputs calibration compares with data: casualties and incapacitations per week, from week 0. */
public record ModelSeries(double[] casualties, double[] incapacitations) {
    public ModelSeries {
        if (casualties.length != incapacitations.length) throw new IllegalArgumentException("series lengths differ");
        casualties = casualties.clone();
        incapacitations = incapacitations.clone();
    }

    @Override public double[] casualties() { return casualties.clone(); }

    @Override public double[] incapacitations() { return incapacitations.clone(); }

    public int weeks() { return casualties.length; }

    /** Casualties at a fractional week, linearly interpolated between the two weekly samples around it. */
    public double casualtiesAt(double week) { return interpolate(casualties, week); }

    public double incapacitationsAt(double week) { return interpolate(incapacitations, week); }

    private static double interpolate(double[] v, double week) {
        int k = (int) Math.floor(week);
        if (k < 0 || k >= v.length) throw new IndexOutOfBoundsException("week " + week + " outside 0.." + (v.length - 1));
        if (k == v.length - 1) return v[k];
        double f = week - k;
        return v[k] + f * (v[k + 1] - v[k]);
    }
}
