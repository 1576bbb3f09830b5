/**
 * Rendering of results as text, CSV, JSON and HTML for the CLI and the web, and the output writers.
 * <p>Dependencies: May depend on core packages. Must not depend on app.cli or app.web, picocli or Javalin.
 */
package org.cartellab.app.report;
