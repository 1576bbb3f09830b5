/**
 * Distributed ensembles and sensitivity runs on Apache Spark: core's serialisable jobs mapped over executors,
 * results written in the format the CLI imports. <p>Dependencies: May depend on core packages (ensemble,
 * sensitivity, network, uncertainty) and Spark; nothing in core or app depends on it.
 */
package org.cartellab.spark;
