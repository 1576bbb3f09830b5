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
        org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
        if (top < 0) throw new BadInputException(m.get("data.err_top", top));
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("data.lead"));
        for (DataSet d : DataSet.values()) {
            int rows = CsvTable.resource(d.file()).rows().size();
            String key = "data/" + d.name().toLowerCase(Locale.ROOT) + "/";
            out.println(m.get("data.row", d.file(), rows, m.localizer().text(key + "description", d.description())));
            if (provenance) {
                out.println(m.get("data.source", d.citation()));
                out.println(m.get("data.changes", d.changes().equals("none") ? m.get("common.none") : m.localizer().text(key + "changes", d.changes())));
            }
        }
        ConflictNetwork network = ConflictNetwork.of(BundledData.network());
        long personLabelled = network.cartels().stream().filter(Cartel::personLabelled).count();
        out.println();
        out.println(m.get("data.network", network.size(), network.rivalryPairs(), network.alliancePairs()));
        out.println(m.get("data.symmetrised"));
        out.println(m.get("data.person_labelled", personLabelled));
        out.println(m.get("data.non_cartel"));
        out.print(m.get("data.non_cartel2"));
        String sep = "";
        for (int i = 0; i < network.size(); i++) {
            Cartel c = network.cartels().get(i);
            if (c.isNonCartelOrganisation()) {
                out.print(sep + m.get("data.rank_of", c.shortLabel(), network.rank(i)));
                sep = ", ";
            }
        }
        out.println(").");
        int n = cartels ? network.size() : Math.min(top, network.size());
        if (n > 0) {
            out.println();
            out.println(n == network.size() ? m.get("data.all_by_rank") : m.get("data.top_by_rank", n));
            int[] order = network.byRank();
            int width = 5;
            for (int k = 0; k < n; k++) width = Math.max(width, label(network.cartels().get(order[k])).length());
            String row = "  %4s  %-7s %-" + width + "s %-22s %7s %7s%n";
            out.printf(Locale.ROOT, row, m.get("data.col.rank"), m.get("data.col.node"), m.get("data.col.label"), m.get("data.col.state"),
                    m.get("data.col.rivals"), m.get("data.col.allies"));
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
