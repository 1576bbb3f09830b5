/**
 * Ensembles of network runs: run specifications and designs, the parallel ensemble runner with chunked
 * summaries, the report plan of metrics, bands, serialisable jobs (also used by Spark) and parameter
 * distributions by name. <p>Dependencies: May depend on text (generated sentences), scenario, network, model, data, calibration,
 * uncertainty and progress.
 */
package org.cartellab.ensemble;
