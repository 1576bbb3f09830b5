package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.report.ProductVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every verb registered. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Builds the command line printing to {@code out} and {@code err}, both through {@link TerminalText#safe}: no
     * control character from input reaches the terminal.
     */
    public static CommandLine commandLine(java.io.Writer toOut, java.io.Writer toErr) {
        CommandLine cl = new CommandLine(new Main());
        for (Object verb : Verbs.all()) cl.addSubcommand(verb);
        giveLangToEveryVerb(cl);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new VerbList());
        cl.setUsageHelpWidth(VerbList.WIDTH);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setExecutionStrategy(parsed -> {
            // the help of the language in force: picocli reads descriptions from the bundle where it has a key
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) last = last.subcommand();
            if (LangOption.orEnglish(last.commandSpec()) == org.cartellab.i18n.Language.ES) cl.setResourceBundle(SpanishHelp.bundle());
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            org.cartellab.app.i18n.Messages t = org.cartellab.app.i18n.Messages.of(LangOption.fromArgs(args));
            err.println(t.get("cli.error", TerminalText.clean(ParseErrors.message(ex, t))));
            err.println(t.get("cli.try_help", ex.getCommandLine().getCommandSpec().qualifiedName()));
            return EXIT_BAD_INPUT;
        });
        cl.setOut(TerminalText.safe(toOut)); // after the verbs are added, so they print through it too
        cl.setErr(TerminalText.safe(toErr));
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        return ExitCodes.report(ex, cl.getErr(), org.cartellab.app.i18n.Messages.of(LangOption.orEnglish(cl.getCommandSpec())));
    }

    /** {@code --lang} on every verb and sub-verb that does not mix in {@link LangOption} itself (one option, many places). */
    private static void giveLangToEveryVerb(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.CommandSpec s = sub.getCommandSpec();
            if (s.findOption("--lang") == null) s.addMixin("lang", CommandLine.Model.CommandSpec.forAnnotatedObject(new LangOption()));
            if (!sub.getSubcommands().isEmpty()) {
                sub.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new VerbList()); // whole first sentences
                sub.setUsageHelpWidth(VerbList.WIDTH);
            }
            giveLangToEveryVerb(sub);
        }
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
