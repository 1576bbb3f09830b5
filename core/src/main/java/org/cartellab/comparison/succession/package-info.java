/**
 * Indirect inference for the leadership-removal succession mechanism: the model's casualties among the organisations
 * whose leadership is removed, against the status quo, so the succession-conflict multiplier can be chosen to match the
 * local surges the studies measure, and the national response can be set beside the studies' numbers. Depends on
 * {@code org.cartellab.comparison} (comparison start), {@code org.cartellab.policy} and {@code org.cartellab.network};
 * pure (no printing, no I/O).
 */
package org.cartellab.comparison.succession;
