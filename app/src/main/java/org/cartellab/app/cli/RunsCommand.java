package org.cartellab.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cartel-lab runs}: the run store (list, show, export, resume, import). */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"Inspect and manage stored runs (a DuckDB file; see --store)."},
        subcommands = {RunsListCommand.class, RunsShowCommand.class, RunsExportCommand.class, RunsResumeCommand.class, RunsImportCommand.class,
                RunsCheckCommand.class})
final class RunsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
