package org.cartellab.app.web;

import java.util.Collection;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.i18n.UnknownCourse;
import org.cartellab.i18n.Language;

/**
 * A client error the API answers with {@code {"error": message}} and the given 4xx (or 503) status. An error made
 * with {@link #of} carries a message key ({@code web.err.KEY} of the app's message bundle) and its arguments, and is
 * answered in the request's language ({@code ?lang=}); {@link #getMessage()} is always the English text.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "web.err.";
    private final int status;
    /** The full bundle key, or null for a message given as is. */
    private final String key;
    /** Text put before the bundle's message ("ids: "), the same in every language (a field name). */
    private final String field;
    private final transient Object[] args;

    /** An error whose message is given as is (English, or already in the request's language). */
    public ApiException(int status, String message) {
        this(status, message, null, "", new Object[0]);
    }

    private ApiException(int status, String message, String key, String field, Object[] args) {
        super(message);
        this.status = status;
        this.key = key;
        this.field = field;
        this.args = args;
    }

    /**
     * An error with the bundle's message {@code web.err.KEY} formatted with {@code args} ({@link String#format}).
     *
     * @throws java.util.MissingResourceException if the key is not in the bundle (a programming error)
     */
    public static ApiException of(int status, String key, Object... args) {
        return new ApiException(status, Messages.english().get(PREFIX + key, args), PREFIX + key, "", args.clone());
    }

    /**
     * The one unknown-course error ({@link UnknownCourse}: the same words as the CLI's), after the name of the request
     * field it came from.
     *
     * @param field the query or body field ("ids", "course"), or null for a path parameter
     */
    public static ApiException unknownCourse(int status, String field, String id, Collection<String> known) {
        Object[] args = {id, String.join(", ", known)};
        String prefix = field == null ? "" : field + ": ";
        return new ApiException(status, prefix + Messages.english().get(UnknownCourse.KEY, args), UnknownCourse.KEY, prefix, args);
    }

    public int status() { return status; }

    /** The message in {@code language}: the bundle's text for a keyed error, else {@link #getMessage()}. */
    public String message(Language language) {
        return key == null ? getMessage() : field + Messages.of(language).get(key, args);
    }

    public static ApiException badRequest(String message) { return new ApiException(400, message); }
}
