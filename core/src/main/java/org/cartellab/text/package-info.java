/**
 * Generated sentences as values: a {@link org.cartellab.text.Phrase} is a pattern key, its English pattern and its
 * arguments, so the core can say something (a weak-effect warning, a decision-matrix note, a legal reasoning line, a
 * briefing gap) without fixing the language it is read in. {@link org.cartellab.text.Phrases} is the one home of every
 * English pattern; the Spanish patterns are an overlay read by {@code org.cartellab.i18n} (docs/i18n.md).
 *
 * <p>Allowed dependencies: none inside the project (a leaf every package that writes sentences may use).
 */
package org.cartellab.text;
