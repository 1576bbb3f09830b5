/**
 * Presentation of the legal knowledge base and of the legal pathways, shared by the CLI, the HTML report and the web
 * app: plain maps and lists ready for JSON, with the knowledge base's "as of" date and stale/unverified flags.
 *
 * <p>Allowed dependencies: {@code org.cartellab.law}, {@code org.cartellab.policy} and the JDK. No printing, no HTTP.
 */
package org.cartellab.app.law;
