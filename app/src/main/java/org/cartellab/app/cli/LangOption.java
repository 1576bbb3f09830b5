package org.cartellab.app.cli;

import java.util.function.UnaryOperator;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --lang en|es}: the language of a verb's user-facing text (labels, notices, the catalog's, knowledge base's
 * and record's texts, the HTML report and the CLI's own error messages). The one home of the option: {@link Main}
 * gives it to the root command and to every verb and sub-verb that does not mix it in itself, so it is accepted
 * before the verb ({@code cartel-lab --lang es compare}) and after it ({@code cartel-lab compare --lang es}).
 *
 * <p>Which language applies: the {@code --lang} given closest to the verb (the verb's own, then its parents' up to the
 * root), else the environment variable {@value #ENV}, else English. Identifiers, CSV columns and JSON keys never
 * change with the language.
 */
public final class LangOption {
    /** The environment variable holding an analyst's default language ({@code en} or {@code es}). */
    public static final String ENV = "CARTEL_LAB_LANG";
    /** Where the environment is read; tests replace it. */
    static UnaryOperator<String> environment = System::getenv;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the output and of error messages: en (English) or es (Spanish, Mexico); "
                    + "it may be given before the verb too. Default: the environment variable " + ENV + ", else en.")
    String lang;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The chosen language (see the class comment); an unknown code is bad input, named in both languages. */
    public Language language() { return mixee == null ? parse(lang, "--lang") : of(mixee); }

    /** The messages of the chosen language. */
    public Messages messages() { return Messages.of(language()); }

    /**
     * The language for a command: its own {@code --lang}, else the nearest parent's, else {@value #ENV}, else English.
     *
     * @throws BadInputException for an unknown language code
     */
    static Language of(CommandSpec spec) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            OptionSpec o = s.findOption("--lang");
            if (o != null && o.getValue() != null) return parse(o.getValue().toString(), "--lang");
        }
        return fromEnvironment();
    }

    /** {@link #of(CommandSpec)}, English when the code is unknown (for messages about another failure). */
    static Language orEnglish(CommandSpec spec) {
        try {
            return of(spec);
        } catch (BadInputException e) {
            return Language.EN;
        }
    }

    /**
     * The language named by raw arguments (the last {@code --lang X} or {@code --lang=X}), else the environment's, else
     * English; never throws. Used where the parse itself failed.
     */
    static Language fromArgs(String... args) {
        String code = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) code = args[i + 1];
            else if (args[i].startsWith("--lang=")) code = args[i].substring("--lang=".length());
        }
        Language l = code == null ? null : Language.fromId(code);
        if (l != null) return l;
        try {
            return fromEnvironment();
        } catch (BadInputException e) {
            return Language.EN;
        }
    }

    private static Language fromEnvironment() {
        String env = environment.apply(ENV);
        return env == null || env.isBlank() ? Language.EN : parse(env.strip(), ENV);
    }

    private static Language parse(String code, String where) {
        Language l = Language.fromId(code);
        if (l == null) {
            throw new BadInputException(where + " " + code + ": expected one of " + Language.ids() + " / se esperaba uno de " + Language.ids());
        }
        return l;
    }
}
