package org.cartellab.ensemble;

import java.util.Locale;
import org.cartellab.calibration.PosteriorDistribution;
import org.cartellab.network.NetworkParameters;
import org.cartellab.uncertainty.CalibrationBounds;
import org.cartellab.uncertainty.FixedParameters;
import org.cartellab.uncertainty.ParameterDistribution;
import org.cartellab.uncertainty.ReferenceBox;

/**
 * Parameter distributions by name, as CLI flags, stored runs and Spark jobs spell them: {@code posterior} (the
 * default: the published calibration posterior, drawn jointly from the data, {@link org.cartellab.calibration.PosteriorDistribution#published()}),
 * {@code reference-box} ({@link ReferenceBox#standard()}, an assumption), {@code reference-box:H} with half-width H (a
 * fraction, e.g. 0.1), and {@code fixed} (the published fit, no parameter uncertainty).
 */
public final class Distributions {
    public static final String DEFAULT = "posterior";

    private Distributions() {}

    public static ParameterDistribution parse(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("fixed")) return new FixedParameters(NetworkParameters.REFERENCE);
        if (s.equals("posterior")) return PosteriorDistribution.published();
        if (s.equals("reference-box")) return ReferenceBox.standard();
        if (s.startsWith("reference-box:")) {
            double h;
            try {
                h = Double.parseDouble(s.substring("reference-box:".length()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("distribution '" + spec + "': the half-width after ':' must be a number such as 0.05");
            }
            if (!(h >= 0 && h < 1)) throw new IllegalArgumentException("distribution '" + spec + "': half-width must be in [0, 1), e.g. 0.05 for 5 %");
            return new ReferenceBox(NetworkParameters.REFERENCE, h, CalibrationBounds.PAPER);
        }
        throw new IllegalArgumentException("unknown distribution '" + spec + "'; expected posterior, reference-box, reference-box:H (e.g. reference-box:0.1) or fixed");
    }
}
