/**
 * The public record beside the models: a dated timeline of events since January 2025, a precedent library, the two
 * governments' stated positions per course of action, and a register of checked claims from the seed articles and
 * other sources. Each collection is read from a YAML file in {@code org/cartellab/record} that carries its review date
 * ("as of"); every entry has dated sources and says whether it was verified.
 *
 * <p>Role: load, validate and query these records (values only, no printing). Bad input becomes one
 * {@link org.cartellab.data.DataFormatException} naming file, line and field. Links to courses of action are checked
 * against the course-of-action catalog ({@code org.cartellab.policy}), links to laws against the legal knowledge base
 * ({@code org.cartellab.law}) and links to sources against the evidence ledger ({@code org.cartellab.evidence}).
 *
 * <p>Allowed dependencies: {@code org.cartellab.data} (YamlNodes, DataFormatException), {@code org.cartellab.evidence},
 * {@code org.cartellab.policy} (catalog ids only), {@code org.cartellab.law} (knowledge-base ids only), SnakeYAML. Nothing
 * from app.
 *
 * <p>Scope: states, organisations, programmes and laws; no cartel member is named anywhere in the record. Public
 * officials acting in office are referred to by office in the record's own text and may be named in the titles of cited
 * sources (RecordScopeTest checks all three).
 */
package org.cartellab.record;
