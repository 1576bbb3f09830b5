package org.cartellab.app.cli;

import picocli.CommandLine.Option;

/** {@code --force}: the one way to let a writing verb replace files it did not write (see app.output.OutputTarget). */
final class ForceOption {
    @Option(names = "--force", description = "Replace same-named files in the output that this tool did not write (other files are never deleted). With or without it, the output folder may be new but its parent must already exist (docs/cli-run.md, the output rule).")
    boolean force;
}
