/**
 * How long computations report progress: a progress value and the listener that receives it on the calling
 * thread. Core never prints; views (the CLI's bar on stderr, the web's job status) render these reports.
 * <p>Dependencies: Depends on nothing else in the project (the JDK only).
 */
package org.cartellab.progress;
