package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cartellab.app.store.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code cartel-lab runs check}: reads the whole store and checks every run; each problem comes with what to do. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the run store: read every table through (a damaged or truncated file shows here) and check",
                "each run's items against its counts. Prints 'ok' or one line per problem with what to do; exit 0 or 2."})
final class RunsCheckCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
        List<String> problems;
        try (RunStore st = store.open()) {
            problems = st.check();
            if (problems.isEmpty()) {
                out.println(m.get("runs.check_ok", st.file(), st.list().size()));
                out.flush();
                return 0;
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String p : problems) err.println(m.get("runs.problem", p));
        err.flush();
        return Main.EXIT_BAD_INPUT;
    }
}
