package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cartel-lab runs list}: one line per stored run. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored runs, oldest first.")
final class RunsListCommand implements Runnable {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (RunStore st = store.open()) {
            out.println(String.format(Locale.ROOT, "%-30s %-9s %-9s %15s %-19s %s", "id", "kind", "status", "done/total", "created", "scenario"));
            for (StoredRun r : st.list()) {
                out.println(String.format(Locale.ROOT, "%-30s %-9s %-9s %15s %-19s %s", r.id(), r.kind(), r.status(),
                        r.done() + "/" + r.total(), r.created().withNano(0).toString().replace('T', ' '), r.scenarioName()));
            }
        }
        out.flush();
    }
}
