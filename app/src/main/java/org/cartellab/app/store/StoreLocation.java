package org.cartellab.app.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the run store lives: the {@code --store} flag, else {@code CARTEL_LAB_STORE}, else
 * {@code $XDG_DATA_HOME/cartel-lab/runs.duckdb}, else {@code ~/.local/share/cartel-lab/runs.duckdb}.
 */
public final class StoreLocation {
    private StoreLocation() {}

    public static Path resolve(Path flag, Map<String, String> env) {
        if (flag != null) return flag;
        String e = env.get("CARTEL_LAB_STORE");
        if (e != null && !e.isBlank()) return Path.of(e);
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("cartel-lab").resolve("runs.duckdb");
    }
}
