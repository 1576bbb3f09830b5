/**
 * The bundled data sets (BACRIM 2020 network, yearly trends 2012-2021, ENPOL sentences) with their citations,
 * and the shared YAML/CSV reading helpers that give file, line and field in every error. <p>Dependencies:
 * Depends on nothing else in the project; third-party: Commons CSV, SnakeYAML.
 */
package org.cartellab.data;
