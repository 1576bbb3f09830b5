package org.cartellab.app.cli;

import picocli.CommandLine.Command;

/** {@code cartel-lab runs}: the run store (list, show, export, resume, import). */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"Inspect and manage stored runs (a DuckDB file; see --store)."},
        subcommands = {RunsListCommand.class, RunsShowCommand.class, RunsExportCommand.class, RunsResumeCommand.class, RunsImportCommand.class,
                RunsCheckCommand.class})
final class RunsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
