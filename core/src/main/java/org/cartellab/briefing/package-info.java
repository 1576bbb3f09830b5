/**
 * The briefing: the bottom line of a comparison as a record of facts (what a course changes against the status quo
 * with its band and how sure, its legal standing per jurisdiction from the pathway, its top risks, what the evidence
 * does not pin down, the model's known misses and the "as of" dates). Pure: no text layout, printing or HTML; the app
 * renders it as text, HTML and JSON.
 * <p>Dependencies: May depend on text (generated sentences), assessment, comparison, policy, law, evidence, uncertainty, model,
 * network and data.
 */
package org.cartellab.briefing;
