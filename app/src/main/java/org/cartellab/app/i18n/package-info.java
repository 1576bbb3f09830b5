/**
 * The CLI's and the report's own words in each language: one message bundle (Java properties, UTF-8:
 * {@code org/cartellab/app/i18n/messages.properties} in English and {@code messages_es.properties} in Mexican Spanish)
 * read through {@link Messages}, which also hands out the core {@link org.cartellab.i18n.Localizer} for the data's
 * texts and formats dates per language. The one home for user-facing labels, headings, notices and the CLI's own error
 * messages; the web keeps its strings in {@code web/public/js/i18n.js}.
 *
 * <p>Allowed dependencies: core (org.cartellab.i18n, the enums whose values it labels, and the values whose sentences
 * {@link org.cartellab.app.i18n.CoreTexts} restates). No picocli, Javalin or store;
 * used by cli and report.
 */
package org.cartellab.app.i18n;
