package org.cartellab.app.report;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cartellab.data.Cartel;
import org.cartellab.network.ConflictNetwork;

/**
 * cartels.csv for a network run: {@code node,label,state,rank,members_start,members_end}, strongest first. Labels are
 * the product's labels: neutral ones for groups the data names after a person.
 */
public final class CartelsCsv {
    public static final String[] HEADER = {"node", "label", "state", "rank", "members_start", "members_end"};

    private CartelsCsv() {}

    public static void write(ConflictNetwork network, double[] start, double[] end, Writer out) throws IOException {
        if (start.length != network.size() || end.length != network.size()) {
            throw new IllegalArgumentException("members for " + start.length + "/" + end.length + " organisations, network has " + network.size());
        }
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(HEADER).build());
        for (int i : network.byRank()) {
            Cartel c = network.cartels().get(i);
            printer.printRecord(SafeCsv.cells(c.node(), c.label(), c.state(), network.rank(i), WeeklyCsv.number(start[i]), WeeklyCsv.number(end[i])));
        }
        printer.flush();
    }
}
