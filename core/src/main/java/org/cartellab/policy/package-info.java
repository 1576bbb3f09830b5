/**
 * Courses of action and their levers: the catalog, course-of-action files, lever ranges, and the compiler that
 * turns levers into engine input (parameter paths, network changes, cohort sentence paths). <p>Dependencies:
 * May depend on text (generated sentences), network, model, data, evidence and law. Must not depend on the analysis packages (comparison,
 * assessment, ensemble, sensitivity) or calibration.
 */
package org.cartellab.policy;
