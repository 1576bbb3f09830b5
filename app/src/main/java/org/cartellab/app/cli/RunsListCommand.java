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
        org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
        try (RunStore st = store.open()) {
            out.println(String.format(Locale.ROOT, "%-30s %-9s %-9s %15s %-19s %s", "id", m.get("runs.col.kind"), m.get("runs.col.status"), m.get("runs.col.done"),
                    m.get("runs.col.created"), m.get("runs.col.scenario")));
            for (StoredRun r : st.list()) {
                out.println(String.format(Locale.ROOT, "%-30s %-9s %-9s %15s %-19s %s", r.id(), m.getOr("runs.kind." + r.kind(), r.kind()), m.getOr("runs.status." + r.status(), r.status()),
                        r.done() + "/" + r.total(), r.created().withNano(0).toString().replace('T', ' '), r.scenarioName()));
            }
        }
        out.flush();
    }
}
