/**
 * The one output rule of every verb that writes files: {@link org.cartellab.app.output.OutputTarget}. Checks a
 * destination before any work, never replaces or deletes what the tool did not write (unless forced), keeps links
 * and permissions, and installs outputs atomically.
 *
 * <p>Allowed dependencies: the JDK only. Used by app.cli and app.store; knows nothing of reports or engines.
 */
package org.cartellab.app.output;
