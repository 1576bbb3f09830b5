package org.cartellab.app.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cartellab.i18n.Language;
import org.cartellab.i18n.Localizer;
import org.cartellab.record.PartialDate;

/**
 * The CLI's and report's messages in one language, with the data's localizer and date formats. Patterns use
 * {@link String#format} placeholders ({@code %s}, {@code %d}) formatted with the language's locale; numbers keep the
 * same form in both languages (Mexico writes 1,234.5 like the United States). A key missing from the Spanish bundle
 * falls back to English (the test suite requires every key in both).
 */
public final class Messages {
    /** Base name of the bundle (properties files, UTF-8). */
    public static final String BUNDLE = "org.cartellab.app.i18n.messages";

    private static final Messages EN = new Messages(Language.EN);
    private static final Messages ES = new Messages(Language.ES);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : Locale.forLanguageTag("es"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) { return language == Language.ES ? ES : EN; }

    /** English (the default of every verb). */
    public static Messages english() { return EN; }

    public Language language() { return language; }

    /** The localizer for the data's texts (catalog, law, record, ledger) in this language. */
    public Localizer localizer() { return Localizer.of(language); }

    /**
     * The message for {@code key} with its arguments.
     *
     * @throws MissingResourceException if the key is in neither bundle (a programming error)
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : String.format(language.locale(), pattern, args);
    }

    /**
     * A label of a core value (a metric, criterion, risk dimension, lever unit, event kind ...): in English the core's
     * own label {@code english} (one home: the core), in Spanish the bundle's {@code key}, or {@code english} if the
     * bundle has none (a value added later; the test suite requires every enum value's Spanish label).
     */
    public String getOr(String key, String english) {
        return language == Language.EN || !bundle.containsKey(key) ? english : bundle.getString(key);
    }

    /**
     * A sentence the core generated, in this language: the pattern's translation from the data overlays
     * ({@code phrases.yaml}), labels of core values from this bundle, numbers in the language's locale.
     */
    public String phrase(org.cartellab.text.Phrase p) {
        return localizer().phrase(p, l -> getOr(l.key(), l.english()));
    }

    /** A date in prose: "2026-02-20" in English (unchanged), "20 de febrero de 2026" in Spanish. */
    public String date(LocalDate d) {
        return language == Language.EN ? d.toString() : language.longDate(d);
    }

    /** A date known to the day, month or year, as {@link #date(LocalDate)} for its precision. */
    public String date(PartialDate d) {
        if (language == Language.EN) return d.toString();
        return switch (d.precision()) {
            case DAY -> language.longDate(d.earliest());
            case MONTH -> language.longMonth(YearMonth.of(d.year(), d.month()));
            case YEAR -> Integer.toString(d.year());
        };
    }

    /** Every key of the bundle for this language (including keys inherited from English). */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Enumeration<String> e = bundle.getKeys(); e.hasMoreElements(); ) out.add(e.nextElement());
        Collections.sort(out);
        return out;
    }
}
