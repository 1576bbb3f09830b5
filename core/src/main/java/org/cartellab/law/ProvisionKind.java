package org.cartellab.law;

/**
 * What a knowledge-base entry does. {@code EXCEPTION} is an addition to the five kinds of issue 11: a circumstance
 * precluding wrongfulness or a statutory carve-out (consent under ILC art. 20, self-defence under UN Charter art. 51,
 * traditional military activities under 50 U.S.C. 3093(e)). It is not a power to act; it answers a prohibition or a
 * duty listed in its {@code answers}.
 */
public enum ProvisionKind {
    /** Empowers an actor to do something (a statute, a constitutional power). */
    AUTHORITY("authority"),
    /** Answers (lifts or displaces) a prohibition or a duty when its conditions hold. */
    EXCEPTION("exception"),
    /** Forbids conduct. Never usable as a basis. */
    PROHIBITION("prohibition"),
    /** Requires a step: a finding, a notice, a report or an authorisation (see {@link Duty}). */
    PROCEDURAL_DUTY("procedural_duty"),
    /** Exposes officials or the state to suits, prosecution or claims. */
    LIABILITY_EXPOSURE("liability_exposure"),
    /** An unsettled question a pathway depends on. */
    OPEN_QUESTION("open_question");

    private final String id;

    ProvisionKind(String id) { this.id = id; }

    /** The name used in the files. */
    public String id() { return id; }

    /** Whether a course may claim an entry of this kind as its basis. */
    public boolean canBeBasis() { return this == AUTHORITY || this == EXCEPTION; }

    public static ProvisionKind fromId(String id) {
        for (ProvisionKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }

    /** The subtype of a procedural duty. */
    public enum Duty {
        FINDING("finding"), NOTICE("notice"), REPORT("report"), AUTHORISATION("authorisation");

        private final String id;

        Duty(String id) { this.id = id; }

        public String id() { return id; }

        public static Duty fromId(String id) {
            for (Duty d : values()) if (d.id.equals(id)) return d;
            return null;
        }

        /** Notices and reports go to someone after (or as) the course acts; findings and authorisations come first. */
        public boolean isNotification() { return this == NOTICE || this == REPORT; }
    }
}
