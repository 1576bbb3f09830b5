/**
 * The command-line adapter (picocli): one class per verb with its options, input checking (exit 2) and
 * orchestration of core calls; rendering lives in report, storage in store, the web server in web.
 * <p>Dependencies: May depend on every core package and on app.report, app.store and app.web; no other app
 * package depends on it.
 */
package org.cartellab.app.cli;
