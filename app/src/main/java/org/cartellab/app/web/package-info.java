/**
 * The web adapter (Javalin): configuration, routes, request parsing into records, error mapping to 4xx, and the
 * static pages and API of the simulator, comparison and sources views. <p>Dependencies: May depend on core
 * packages and app.report. Must not depend on app.cli or picocli.
 */
package org.cartellab.app.web;
