package org.cartellab.app.cli;

import java.nio.file.Path;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CatalogLoader;
import picocli.CommandLine.Option;

/** Options shared by the {@code coa} verbs: an extra catalog folder and the output format. */
public final class CatalogOptions {
    /** Output formats of the coa verbs. */
    public enum Format { text, json }

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "Folder of extra course-of-action *.yaml files (and an optional sources.yaml); an entry with a bundled id replaces it.")
    Path catalog;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    /** Whether JSON was asked for, by --format json or --json. */
    boolean asJson() { return json || format == Format.json; }

    /** The bundled catalog, plus the user folder if given. */
    Catalog load() {
        return catalog == null ? CatalogLoader.bundled() : CatalogLoader.standard().load(catalog);
    }
}
