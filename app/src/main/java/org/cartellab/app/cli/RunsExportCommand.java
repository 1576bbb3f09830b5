package org.cartellab.app.cli;

import java.nio.file.Path;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoreException;
import org.cartellab.app.store.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cartel-lab runs export ID --format parquet|csv --out FILE}: a run's items as one wide table. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a run's items (index, drawn parameters, collapse week, one column per metric) as Parquet or CSV.")
final class RunsExportCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "ID", description = "The run's id (as listed by runs list).")
    String id;

    @Option(names = "--format", defaultValue = "parquet", description = "The file format: parquet or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write; an existing file this tool did not write is refused unless --force is given.")
    Path out;

    @Mixin
    StoreOption store;

    @Mixin
    ForceOption force = new ForceOption();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (!format.equalsIgnoreCase("parquet") && !format.equalsIgnoreCase("csv")) {
            throw new BadInputException("--format must be parquet or csv, got '" + format + "'");
        }
        org.cartellab.app.output.OutputTarget.file(out, force.force, "--out"); // checked before any work
        try (RunStore st = store.open()) {
            StoredRun r = st.get(id);
            st.export(id, r.spec().toJob().plan(), format, out, force.force);
            spec.commandLine().getOut().println("wrote " + r.done() + " items of run " + id + " to " + out);
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getOut().flush();
    }
}
