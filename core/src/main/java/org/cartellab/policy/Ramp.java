package org.cartellab.policy;

/**
 * A multiplier on one network parameter reached linearly: 1 before {@code startWeek}, {@code target} from
 * {@code startWeek + rampWeeks} on (absolute model weeks). When {@code scaledByCooperation}, the effective multiplier
 * is {@code max(0, 1 + c(t) (m(t) - 1))}: with no cooperation the lever has no effect, at today's cooperation its full
 * effect. Cooperation above today's (c > 1) amplifies a cut; the amplified cut can remove all of the parameter but not
 * more (a rate below zero has no meaning), so the multiplier stops at 0 — reached only when {@code m < 1 - 1/c}, e.g.
 * an incapacitation multiplier under 1/3 with cooperation raised by half.
 */
public record Ramp(String parameter, double target, double startWeek, double rampWeeks, boolean scaledByCooperation) {
    public Ramp {
        if (!Double.isFinite(target) || target < 0) throw new IllegalArgumentException("multiplier must be finite and >= 0, got " + target);
        if (!(rampWeeks >= 0)) throw new IllegalArgumentException("ramp weeks must be >= 0");
    }

    /** The multiplier at week t given the cooperation index there. */
    public double factor(double t, double cooperation) {
        double m;
        if (t < startWeek) m = 1;
        else if (rampWeeks > 0 && t < startWeek + rampWeeks) m = 1 + (target - 1) * (t - startWeek) / rampWeeks;
        else m = target;
        return scaledByCooperation ? Math.max(0, 1 + cooperation * (m - 1)) : m;
    }
}
