package org.cartellab.policy.effects;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One row of a lever's evidence table: a study's finding and how it bears on the lever.
 *
 * @param id        row id, unique across the tables
 * @param source    the study's id in the evidence ledger
 * @param design    the study's design (e.g. randomised trial, difference-in-differences)
 * @param place     where it was measured
 * @param period    when (years; "unverified" where we could not confirm the span)
 * @param outcome   what was measured
 * @param effect    the effect with its interval, or a note where the study gives a direction only
 * @param direction grade of the direction this row gives the lever
 * @param size      grade of the size this row gives the lever
 * @param transfer  how the number bears on the lever's range, with its assumptions
 * @param confirmedUrl the page where the number was confirmed
 * @param confirmedOn  the date it was confirmed
 */
public record EffectStudy(String id, String source, String design, String place, String period, String outcome, Effect effect,
                          Grade direction, Grade size, String transfer, String confirmedUrl, LocalDate confirmedOn) {

    /**
     * A study's effect: point estimate and interval in {@code unit} (any may be absent), what the interval is
     * ({@code interval}: e.g. "95 % CI", "range of two trials", "not reported"), and a note.
     */
    public record Effect(Double estimate, Double low, Double high, String unit, String interval, String note) {
        public OptionalDouble point() { return estimate == null ? OptionalDouble.empty() : OptionalDouble.of(estimate); }
    }
}
