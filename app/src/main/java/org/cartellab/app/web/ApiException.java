package org.cartellab.app.web;

import org.cartellab.app.i18n.Messages;
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
    private final String key;
    private final transient Object[] args;

    /** An error whose message is given as is (English, or already in the request's language). */
    public ApiException(int status, String message) {
        this(status, message, null, new Object[0]);
    }

    private ApiException(int status, String message, String key, Object[] args) {
        super(message);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    /**
     * An error with the bundle's message {@code web.err.KEY} formatted with {@code args} ({@link String#format}).
     *
     * @throws java.util.MissingResourceException if the key is not in the bundle (a programming error)
     */
    public static ApiException of(int status, String key, Object... args) {
        return new ApiException(status, Messages.english().get(PREFIX + key, args), key, args.clone());
    }

    public int status() { return status; }

    /** The message in {@code language}: the bundle's text for a keyed error, else {@link #getMessage()}. */
    public String message(Language language) {
        return key == null ? getMessage() : Messages.of(language).get(PREFIX + key, args);
    }

    public static ApiException badRequest(String message) { return new ApiException(400, message); }
}
