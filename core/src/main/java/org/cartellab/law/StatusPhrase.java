package org.cartellab.law;

/**
 * The one wording of an entry's status, by state and {@link Instrument}: a ruling in force is "decided DATE", a treaty
 * in force is "in force since DATE", an executive order in force is "signed DATE, in effect"; everything else keeps
 * the state's own wording ("in force as of DATE", "contested as of DATE", "struck down DATE"...). Renderers in other
 * languages use {@link #key(Provision)} with their message bundle ({@code law.state.*}); English text comes from
 * {@link #english(Provision)}. Dates are ISO (YYYY-MM-DD) in the English text.
 */
public final class StatusPhrase {
    private StatusPhrase() {}

    /**
     * The message key of the status phrase, with one {@code %s} for the status date: {@code law.state.STATE} or, for
     * a state worded by instrument, {@code law.state.STATE.INSTRUMENT} (e.g. {@code law.state.in_force.ruling}).
     */
    public static String key(Provision p) {
        Status.State s = p.status().state();
        Instrument i = Instrument.of(p);
        boolean byInstrument = s == Status.State.IN_FORCE && (i == Instrument.RULING || i == Instrument.TREATY || i == Instrument.EXECUTIVE_ORDER);
        return "law.state." + s.id() + (byInstrument ? "." + i.id() : "");
    }

    /** The English phrase for {@code p}'s status, with "; review by DATE" when a review date is set. */
    public static String english(Provision p) {
        Status st = p.status();
        String when = switch (key(p)) {
            case "law.state.in_force.ruling" -> "decided " + st.date();
            case "law.state.in_force.treaty" -> "in force since " + st.date();
            case "law.state.in_force.executive_order" -> "signed " + st.date() + ", in effect";
            default -> null;
        };
        if (when == null) return st.describe();
        return when + (st.reviewBy() != null ? "; review by " + st.reviewBy() : "");
    }
}
