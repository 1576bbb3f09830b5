/**
 * The dated legal knowledge base and the legal pathway of a course of action.
 *
 * <p>Role: read and validate the knowledge base (provisions and rulings of US, Mexican and international law, each
 * with kind, status and dated sources), read the pathway block of a course-of-action file, and compute from both the
 * pathway per jurisdiction (basis claimed, conditions needed, who decides, who must be notified, exposure, and an
 * assessment on the fixed scale clear / contested / prima facie unlawful), with and without Mexico's consent.
 *
 * <p>Allowed dependencies: {@code org.cartellab.data} (YAML node reading, {@code DataFormatException}), {@code org.cartellab.text}
 * (reasoning lines as phrases) and the JDK.
 * Nothing here prints, serves or depends on {@code policy} or {@code analysis}; those depend on this package.
 * The assessments are analysis of public sources on a stated rule, not legal advice.
 */
package org.cartellab.law;
