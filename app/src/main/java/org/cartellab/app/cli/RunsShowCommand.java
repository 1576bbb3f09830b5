package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoreException;
import org.cartellab.app.store.StoredRun;
import org.cartellab.ensemble.ReportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cartel-lab runs show ID}: a stored run's provenance, progress and summary bands. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored run: scenario, seed, versions, progress and bands.")
final class RunsShowCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "ID", description = "The run's id (as listed by runs list).")
    String id;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (RunStore st = store.open()) {
            StoredRun r = st.get(id);
            out.println("id:            " + r.id());
            out.println("kind:          " + r.kind());
            out.println("status:        " + r.status() + " (" + r.done() + " of " + r.total() + " runs stored)");
            out.println("created:       " + r.created());
            out.println("scenario:      " + r.scenarioName());
            out.println("parameters:    " + r.spec().distribution());
            out.println("seed:          " + r.spec().seed());
            out.println("series every:  " + r.spec().seriesStride() + " weeks");
            out.println("code version:  " + r.codeVersion());
            out.println("data versions: " + r.dataVersions());
            out.println("scenario file:");
            r.spec().scenarioText().lines().forEach(l -> out.println("  " + l));
            ReportPlan plan = r.spec().toJob().plan();
            var bands = st.bands(id, plan);
            if (bands.isEmpty()) {
                out.println("no bands yet" + (StoredRun.COMPLETE.equals(r.status()) ? "" : ": finish it with 'cartel-lab runs resume " + id + "'"));
            } else {
                out.print(BandsTable.summary(bands));
            }
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
        out.flush();
    }
}
