package org.cartellab.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code coa} verb: browse the course-of-action catalog ({@code list}, {@code show}). */
@Command(name = "coa", mixinStandardHelpOptions = true,
        description = {"Courses of action against the cartels: levers, evidence, legal basis and risks.",
                "Strategic analysis from public data: not legal advice, not operational."},
        subcommands = {CoaListCommand.class, CoaShowCommand.class})
public final class CoaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
