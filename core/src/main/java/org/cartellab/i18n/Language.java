package org.cartellab.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * A language of the user-facing text. English is the language of the data files; Spanish is Mexican Spanish (es-MX).
 * Numbers keep the same form in both: Mexico, like the United States, writes a decimal point and a comma as the
 * thousands separator (1,234.5), so number formatting does not change with the language. Dates in prose change:
 * "20 February 2026" / "20 de febrero de 2026"; tables and machine formats keep ISO dates (2026-02-20).
 */
public enum Language {
    EN("en", Locale.UK, "d MMMM uuuu", "MMMM uuuu"),
    ES("es", Locale.forLanguageTag("es-MX"), "d 'de' MMMM 'de' uuuu", "MMMM 'de' uuuu");

    private final String id;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    Language(String id, Locale locale, String dayPattern, String monthPattern) {
        this.id = id;
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern(dayPattern, locale);
        this.month = DateTimeFormatter.ofPattern(monthPattern, locale);
    }

    /** The code used on the command line and in HTML {@code lang}: "en" or "es". */
    public String id() { return id; }

    /** The locale for messages and dates (es-MX for Spanish). */
    public Locale locale() { return locale; }

    /** A day in prose: "20 February 2026" or "20 de febrero de 2026". */
    public String longDate(LocalDate d) { return day.format(d); }

    /** A month in prose: "February 2026" or "febrero de 2026". */
    public String longMonth(YearMonth m) { return month.format(m); }

    /** The language with this code, or null. */
    public static Language fromId(String id) {
        for (Language l : values()) if (l.id.equalsIgnoreCase(id)) return l;
        return null;
    }

    /** "en, es". */
    public static String ids() { return String.join(", ", Arrays.stream(values()).map(Language::id).toList()); }
}
