/**
 * Languages of the product's user-facing text: English (the data files) and Spanish (overlay files keyed by the same
 * ids and field paths, in {@code org/cartellab/i18n/es/}).
 *
 * <p>Role: enumerate every user-facing text of the bundled data ({@link EnglishTexts}: course-of-action catalog,
 * legal knowledge base, public record, evidence ledger), read and validate the Spanish overlays against it
 * ({@link Translations}: an overlay field with no English counterpart is refused with file, line and field, so stale
 * translations are caught), and hand out localized copies of the domain values with English fallback
 * ({@link Localizer}). Dates in prose are formatted per language ({@link Language}). Values only, no printing.
 *
 * <p>Allowed dependencies: {@code org.cartellab.text} (the patterns of generated sentences), {@code org.cartellab.data} (YamlNodes,
 * DataFormatException), {@code org.cartellab.policy}, {@code org.cartellab.comparison} (the comparison defaults' rationale),
 * {@code org.cartellab.law}, {@code org.cartellab.record}, {@code org.cartellab.evidence}; SnakeYAML. Nothing from app.
 */
package org.cartellab.i18n;
