package org.cartellab.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A sentence the core generates, kept as its pattern and arguments until a view renders it in the reader's language.
 * Patterns use {@link String#format} placeholders; arguments are numbers, verbatim texts (ids, provision ids, already
 * localized texts), nested {@link Phrase}s, or {@link Label}s of core values the view translates.
 *
 * @param pattern the pattern (key and English text), one of {@link Phrases}
 * @param args    the arguments, in placeholder order
 */
public record Phrase(Pattern pattern, List<Object> args) {
    public Phrase {
        args = List.copyOf(args);
    }

    /** A phrase with these arguments. */
    public static Phrase of(Pattern pattern, Object... args) { return new Phrase(pattern, Arrays.asList(args)); }

    /**
     * A pattern: its translation key (stable, e.g. {@code weak.rank_flips}) and English text.
     *
     * @param key     translation key, letters, digits, '_' and '.'
     * @param english the English pattern
     */
    public record Pattern(String key, String english) {
        public Pattern {
            if (!key.matches("[a-z0-9_.]+")) throw new IllegalArgumentException("phrase key " + key);
        }
    }

    /**
     * The label of a core value (a metric, a lever, a risk level ...), translated by the view from its message bundle.
     *
     * @param key       the message-bundle key of the label (e.g. {@code metric.members})
     * @param english   the English label
     * @param lowerCase whether the sentence wants it in lower case
     */
    public record Label(String key, String english, boolean lowerCase) {}

    /**
     * A text of the data (a field of a bundled data file) by its translation key (the key paths of
     * {@code org.cartellab.i18n.EnglishTexts}), translated by the view from the data's overlays.
     *
     * @param key     the translation key, e.g. {@code levers/recruitment/summary}
     * @param english the English text
     */
    public record Text(String key, String english) {}

    /** The English sentence (numbers formatted with {@link Locale#ROOT}). */
    public String english() {
        return render(Pattern::english, Label::english, Text::english, java.time.LocalDate::toString, Locale.ROOT);
    }

    /**
     * The sentence with the given patterns and labels.
     *
     * @param patterns the pattern text to use for a pattern (the English one or its translation)
     * @param labels   the text of a label (before lower-casing)
     * @param texts    the text of a data text
     * @param dates    how a date argument ({@link java.time.LocalDate}) is written
     * @param locale   the locale numbers are formatted with
     */
    public String render(Function<Pattern, String> patterns, Function<Label, String> labels, Function<Text, String> texts,
                         Function<java.time.LocalDate, String> dates, Locale locale) {
        Object[] a = new Object[args.size()];
        for (int i = 0; i < a.length; i++) {
            Object x = args.get(i);
            if (x instanceof Phrase p) a[i] = p.render(patterns, labels, texts, dates, locale);
            else if (x instanceof Text t) a[i] = texts.apply(t);
            else if (x instanceof java.time.LocalDate d) a[i] = dates.apply(d);
            else if (x instanceof Label l) a[i] = l.lowerCase() ? labels.apply(l).toLowerCase(locale) : labels.apply(l);
            else a[i] = x;
        }
        return String.format(locale, patterns.apply(pattern), a);
    }

    @Override
    public String toString() { return english(); }
}
