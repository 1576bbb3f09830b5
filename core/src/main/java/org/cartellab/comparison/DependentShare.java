package org.cartellab.comparison;

import java.util.List;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.Range;

/**
 * The share s of the network model's baseline incapacitation that depends on Mexico's cooperation
 * ({@code eta(t) = eta (1 - s (1 - c(t)))}), as a low / central / high range with its evidence and where it came from
 * (the bundled comparison defaults, or a value the user fixed).
 */
public record DependentShare(Range range, Evidence evidence, String origin) {
    /** Translation key of the bundled defaults' rationale (the data overlays, docs/i18n.md). */
    public static final String RATIONALE_KEY = "defaults/dependent_share/rationale";

    public DependentShare {
        if (range.low() < 0 || range.high() > 1) {
            throw new IllegalArgumentException("the cooperation-dependent share of incapacitation must be in [0, 1], got "
                    + range.low() + " to " + range.high());
        }
    }

    /** A value the user fixed (no sweep: low = central = high). */
    public static DependentShare fixed(double s, String origin) {
        if (!(s >= 0 && s <= 1)) throw new IllegalArgumentException("the cooperation-dependent share of incapacitation must be in [0, 1], got " + s);
        return new DependentShare(Range.point(s), new Evidence(List.of(), true, "set by the user (" + origin + ")"), origin);
    }

    /** Whether the comparison sweeps more than one value. */
    public boolean swept() { return range.low() != range.high(); }
}
