package org.cartellab.app.i18n;

import java.util.Collection;

/**
 * The one message for a course-of-action id that is not in the catalog, for every verb of the CLI and every web route:
 * the bundle key {@value #KEY} ("unknown course of action 'x'; known ids: a, b, ..."), in the reader's language. A
 * surface may put the field or option it came from in front ("ids: ", "--course x: ") and nothing else.
 */
public final class UnknownCourse {
    /** The message key, shared with the Spanish overlay and with any surface that localizes errors by key. */
    public static final String KEY = "err.unknown_course";

    private UnknownCourse() {}

    /** The message in {@code m}'s language, naming {@code id} and the known ids in the order given. */
    public static String message(Messages m, String id, Collection<String> known) {
        return m.get(KEY, id, String.join(", ", known));
    }

    /** The English message (for surfaces whose errors are English, e.g. the web API's bodies). */
    public static String message(String id, Collection<String> known) { return message(Messages.english(), id, known); }
}
