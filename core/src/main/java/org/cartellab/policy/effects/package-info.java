/**
 * Evidence tables for lever effects: for every {@link org.cartellab.policy.Lever} the studies behind its ranges (design,
 * place and period, outcome, effect and interval), the rule that turns a study's number into a lever value, grades for
 * direction and size kept apart (sourced, analogue, judgment), and the catalog ranges it re-centred (old and new). Read
 * from {@code org/cartellab/evidence/lever-evidence.yaml} with {@link org.cartellab.data.YamlNodes}; study ids are
 * checked against the evidence ledger. Depends on {@code org.cartellab.policy}, {@code org.cartellab.evidence} and
 * {@code org.cartellab.data}; pure.
 */
package org.cartellab.policy.effects;
