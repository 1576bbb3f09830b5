package org.cartellab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The Spanish text of every verb's {@code --help} ({@code org/cartellab/app/i18n/help_es.properties}, UTF-8), in
 * picocli's resource-bundle keys: {@code cartel-lab.VERB.usage.description}, {@code cartel-lab.VERB.OPTION} (the
 * option's longest name without dashes), {@code cartel-lab.VERB.LABEL[INDEX]} for a parameter, and the section
 * headings. English has no bundle: it is the annotations' own text. {@link Main} applies this bundle when Spanish is
 * in force.
 */
final class SpanishHelp {
    /** The bundle's resource path. */
    static final String RESOURCE = "org/cartellab/app/i18n/help_es.properties";

    private SpanishHelp() {}

    /** The Spanish help texts, read once. */
    static ResourceBundle bundle() { return Holder.BUNDLE; }

    private static final class Holder {
        static final ResourceBundle BUNDLE = read();

        private static ResourceBundle read() {
            try (InputStream in = SpanishHelp.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
