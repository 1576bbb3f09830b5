package org.cartellab.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.cartellab.i18n.Language;

/**
 * The language a request asks for ({@code ?lang=en|es}, English by default): the language of the data text an
 * endpoint answers with (through the core's {@link org.cartellab.i18n.Localizer}) and of its error messages. The one
 * strict reading is {@link QueryParams#language()}; this class only applies it to a request.
 */
final class PageLanguage {
    private PageLanguage() {}

    /** The language of a request to an endpoint that takes no query parameter but {@code lang}; 400 otherwise. */
    static Language of(Context ctx) {
        return new QueryParams(ctx.queryParamMap(), Set.of(QueryParams.LANG)).language();
    }

    /**
     * The language to write an error message in: the request's {@code lang} when it is one valid code, English
     * otherwise (an unknown or repeated {@code lang} is itself the error, answered in both languages or in English).
     */
    static Language forError(Context ctx) {
        List<String> v = ctx.queryParamMap().get(QueryParams.LANG);
        if (v == null || v.size() != 1) return Language.EN;
        for (Language l : Language.values()) if (l.id().equals(v.get(0))) return l;
        return Language.EN;
    }
}
