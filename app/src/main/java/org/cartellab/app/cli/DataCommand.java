package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cartellab.data.BundledData;
import org.cartellab.data.Cartel;
import org.cartellab.data.CsvTable;
import org.cartellab.data.DataSet;
import org.cartellab.network.ConflictNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The `data` verb: what data is bundled, where it comes from, and the network's organisations by rank. */
@Command(name = "data", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows the bundled data sets (files, rows, sources), the cartel network they describe and its",
                "strongest organisations by rank. Organisations only: groups the data names after a person are shown",
                "by a neutral label."})
final class DataCommand implements Callable<Integer> {
    @Option(names = "--provenance", description = "Also print each file's citation and what the bundled copy changes.")
    boolean provenance;

    @Option(names = "--cartels", description = "List all organisations by rank (same as --top 150).")
    boolean cartels;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many organisations to list by rank (default: ${DEFAULT-VALUE}).")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (top < 0) throw new BadInputException("--top " + top + ": expected a whole number >= 0");
        PrintWriter out = spec.commandLine().getOut();
        out.println("Bundled data sets (in core, org/cartellab/data):");
        for (DataSet d : DataSet.values()) {
            int rows = CsvTable.resource(d.file()).rows().size();
            out.printf(Locale.ROOT, "  %-40s %,9d rows  %s%n", d.file(), rows, d.description());
            if (provenance) {
                out.println("      source:  " + d.citation());
                out.println("      changes: " + d.changes());
            }
        }
        ConflictNetwork network = ConflictNetwork.of(BundledData.network());
        long personLabelled = network.cartels().stream().filter(Cartel::personLabelled).count();
        out.println();
        out.printf(Locale.ROOT, "Network (2020): %d organisations, %d rivalry pairs, %d alliance pairs%n",
                network.size(), network.rivalryPairs(), network.alliancePairs());
        out.println("  (directed edges symmetrised: weight = max(w_ij, w_ji); rank by rival + alliance strength)");
        out.printf(Locale.ROOT, "  %d groups the data names after a person are shown only by a neutral label.%n", personLabelled);
        out.println("  Note: the data counts a community police organisation (UPOEG) and an insurgent group (ERPI)");
        out.print("  among the 150; they are marked * in the lists (");
        String sep = "";
        for (int i = 0; i < network.size(); i++) {
            Cartel c = network.cartels().get(i);
            if (c.isNonCartelOrganisation()) {
                out.print(sep + c.shortLabel() + " rank " + network.rank(i));
                sep = ", ";
            }
        }
        out.println(").");
        int n = cartels ? network.size() : Math.min(top, network.size());
        if (n > 0) {
            out.println();
            out.printf(Locale.ROOT, "%s by rank:%n", n == network.size() ? "All organisations" : "Top " + n);
            int[] order = network.byRank();
            int width = 5;
            for (int k = 0; k < n; k++) width = Math.max(width, label(network.cartels().get(order[k])).length());
            String row = "  %4s  %-7s %-" + width + "s %-22s %7s %7s%n";
            out.printf(Locale.ROOT, row, "rank", "node", "label", "state", "rivals", "allies");
            for (int k = 0; k < n; k++) {
                int i = order[k];
                Cartel c = network.cartels().get(i);
                out.printf(Locale.ROOT, row, network.rank(i), c.node(), label(c), c.state(),
                        String.format(Locale.ROOT, "%.0f", network.rivalStrength(i)),
                        String.format(Locale.ROOT, "%.0f", network.allianceStrength(i)));
            }
        }
        out.flush();
        return 0;
    }

    /** The label shown: the product's label, starred for the organisations that are not drug cartels. */
    private static String label(Cartel c) {
        return (c.isNonCartelOrganisation() ? "* " : "") + c.label();
    }
}
