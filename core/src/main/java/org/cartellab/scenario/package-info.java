/**
 * Scenario files (format v1, a public contract): parsing with line-numbered errors, the model kind, and one
 * scenario runner per engine (NetworkScenarioRunner, CohortScenarioRunner), side by side. <p>Dependencies: May
 * depend on network, cohort, model, data and progress.
 */
package org.cartellab.scenario;
