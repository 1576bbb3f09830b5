/**
 * The DuckDB run store: ensembles and their summaries saved for later queries. <p>Dependencies: May depend on
 * core packages and DuckDB. Must not depend on app.cli, app.web or app.report.
 */
package org.cartellab.app.store;
