/**
 * JMH benchmarks (reference run, conflict term, ensembles, cohort) and the CPU-time profiler; speed targets
 * live here, not in timed unit tests. <p>Dependencies: May depend on core packages and JMH; nothing depends on
 * it.
 */
package org.cartellab.bench;
