package org.cartellab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoreException;
import org.cartellab.app.store.StoredRun;
import org.cartellab.ensemble.EnsembleBands;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.EnsembleSpec;
import org.cartellab.ensemble.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cartel-lab runs import DIR}: stores an ensemble computed by the Spark job (DIR/spec.json + DIR/items/*.parquet). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an ensemble written by the Spark job (org.cartellab.spark.SparkJobs): DIR/spec.json and",
                "DIR/items/*.parquet. Computes the bands; the run is complete when all items are present."})
final class RunsImportCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder the Spark job wrote (spec.json and the item files).")
    Path dir;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Path specFile = dir.resolve("spec.json");
        Path items = dir.resolve("items");
        if (!Files.isRegularFile(specFile)) throw new BadInputException(specFile + ": missing; expected the output folder of the Spark ensemble job");
        if (!Files.isDirectory(items)) throw new BadInputException(items + ": missing; expected the output folder of the Spark ensemble job");
        EnsembleSpec es;
        try {
            es = new ObjectMapper().readValue(specFile.toFile(), EnsembleSpec.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(specFile + ": not an ensemble spec (" + e.getMessage() + ")");
        }
        EnsembleJob job;
        try {
            job = es.toJob();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(specFile + ": " + e.getMessage());
        }
        try (RunStore st = store.open()) {
            String id = st.importItems(job.scenario().name(), es, Provenance.codeVersion() + " (imported from Spark)",
                    Provenance.dataVersions(), items.resolve("*.parquet"));
            long n = st.countItems(id);
            if (n == es.runs()) {
                EnsembleBands bands = new EnsembleBands(job.plan(), es.runs());
                try {
                    for (RunSummary s : st.items(id)) bands.add(s);
                } catch (IllegalArgumentException e) {
                    st.setStatus(id, StoredRun.FAILED);
                    throw new BadInputException(items + ": items do not match " + specFile + " (" + e.getMessage() + "); stored as failed run " + id);
                }
                st.saveBands(id, bands.bands());
                st.setStatus(id, StoredRun.COMPLETE);
            }
            spec.commandLine().getOut().println("imported " + n + " of " + es.runs() + " runs as " + id
                    + (n == es.runs() ? "" : " (incomplete: 'cartel-lab runs resume " + id + "' computes the rest)"));
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getOut().flush();
    }
}
