package org.cartellab.app.cli;

import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|es}: the language of a verb's user-facing text (labels, notices, the catalog's, knowledge base's
 * and record's texts, the HTML report and the CLI's own error messages). The one home of the option: every verb that
 * prints user-facing text mixes it in. Identifiers, CSV columns and JSON keys never change with the language.
 */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the output: en (English) or es (Spanish, Mexico). Default: ${DEFAULT-VALUE}.")
    String lang = "en";

    /** The chosen language; an unknown code is bad input (named in both languages). */
    public Language language() {
        Language l = Language.fromId(lang);
        if (l == null) {
            throw new BadInputException("--lang " + lang + ": expected one of " + Language.ids()
                    + " / se esperaba uno de " + Language.ids());
        }
        return l;
    }

    /** The messages of the chosen language. */
    public Messages messages() { return Messages.of(language()); }
}
