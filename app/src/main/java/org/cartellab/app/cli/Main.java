package org.cartellab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.cartellab.app.report.ProductVersion;
import org.cartellab.data.DataFormatException;
import org.cartellab.model.NumericalTroubleException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code cartel-lab} command: one subcommand class per verb. */
@Command(name = "cartel-lab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Cartel Policy Lab: open, quantitative analysis of US and Mexican courses of action against the",
                "Mexican drug cartels. Strategic and aggregate only: organisations and totals, never persons or operations."},
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for bad input (file, flag or value). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for numerical trouble in an engine. */
    public static final int EXIT_NUMERICAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every verb registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (Object verb : Verbs.all()) cl.addSubcommand(verb);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new VerbList());
        cl.setUsageHelpWidth(VerbList.WIDTH);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof DataFormatException || ex instanceof BadInputException) {
            err.println("error: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof NumericalTroubleException) {
            err.println("error: " + ex.getMessage());
            return EXIT_NUMERICAL;
        }
        if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("error: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        err.println("internal error: " + ex);
        ex.printStackTrace(err);
        return 1;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The product's version ({@link ProductVersion}) and the Java version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ProductVersion.label(), "Java " + System.getProperty("java.version")};
        }
    }
}
