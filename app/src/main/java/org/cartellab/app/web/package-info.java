/**
 * The web adapter (Javalin): configuration, routes, request parsing into records, error mapping to 4xx, and the
 * static pages and API of the simulator, comparison and sources views, in English or Spanish ({@code ?lang=}).
 * <p>Dependencies: May depend on core packages, app.report, app.law (the legal views) and app.i18n (the message
 * bundle for error messages and labels). Must not depend on app.cli or picocli.
 */
package org.cartellab.app.web;
