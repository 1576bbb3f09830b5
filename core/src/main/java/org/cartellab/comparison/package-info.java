/**
 * The comparison of courses of action: each course (or combination) run from the 2022 start at its lever
 * range's low, central and high values against the status quo, with the cohort engine for sentence levers, and
 * the comparison defaults (comparison-defaults.yaml). <p>Dependencies: May depend on text (generated sentences), policy, network, cohort,
 * scenario, model, data, evidence, uncertainty and progress. Must not depend on assessment, ensemble or
 * sensitivity.
 */
package org.cartellab.comparison;
