/**
 * The evidence ledger: sources with reliability grades that every catalog entry and default cites.
 * <p>Dependencies: May depend on data only.
 */
package org.cartellab.evidence;
