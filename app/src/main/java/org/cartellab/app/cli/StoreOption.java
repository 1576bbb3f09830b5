package org.cartellab.app.cli;

import java.nio.file.Path;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoreException;
import org.cartellab.app.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --store PATH} option every store-using verb shares (default: CARTEL_LAB_STORE or the user's data folder). */
final class StoreOption {
    @Option(names = "--store", paramLabel = "PATH",
            description = "Run store (DuckDB file). Default: $CARTEL_LAB_STORE, else $XDG_DATA_HOME/cartel-lab/runs.duckdb, else ~/.local/share/cartel-lab/runs.duckdb.")
    Path store;

    Path path() { return StoreLocation.resolve(store, System.getenv()); }

    RunStore open() {
        try {
            return RunStore.open(path());
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
