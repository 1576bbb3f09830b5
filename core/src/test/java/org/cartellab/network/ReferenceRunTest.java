package org.cartellab.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.data.CsvTable;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our engine against the authors' R code (deSolve lsoda, rtol = atol = 1e-6): 0.5 % at every week and cartel. */
class ReferenceRunTest {
    static final double TOLERANCE = 0.005;
    static NetworkResult result;
    static ConflictNetwork network;

    @BeforeAll
    static void run() {
        network = ConflictNetwork.of(BundledData.network());
        result = new NetworkSimulator().run(NetworkRun.of(network, NetworkParameters.REFERENCE, 520).withCartelSeries());
    }

    @Test
    void weeklyTotalsAgreeWithTheAuthorsCodeAtEveryWeek() {
        CsvTable ref = CsvTable.read(SharedFiles.reference("network-baseline-weekly.csv"), "week", "members", "deaths", "cum_deaths", "cum_recruits");
        assertThat(ref.rows()).hasSize(521);
        double worst = 0;
        for (CsvTable.Row row : ref.rows()) {
            int w = row.integer("week");
            worst = Math.max(worst, check(row.number("members"), result.weekly().get(WeeklyColumn.MEMBERS, w), "members", w));
            worst = Math.max(worst, check(row.number("deaths"), result.weekly().get(WeeklyColumn.DEATHS, w), "deaths", w));
            if (w > 0) {
                worst = Math.max(worst, check(row.number("cum_deaths"), result.weekly().get(WeeklyColumn.CUM_DEATHS, w), "cum_deaths", w));
                worst = Math.max(worst, check(row.number("cum_recruits"), result.weekly().get(WeeklyColumn.CUM_RECRUITS, w), "cum_recruits", w));
            }
        }
        System.out.printf("reference weekly: worst relative deviation %.3e%n", worst);
    }

    @Test
    void everyCartelAgreesAtStartAndEnd() {
        CsvTable ref = CsvTable.read(SharedFiles.reference("network-baseline-cartels.csv"), "node", "members_week0", "members_week520");
        assertThat(ref.rows()).hasSize(150);
        Map<String, Integer> seen = new HashMap<>();
        double worst = 0;
        for (CsvTable.Row row : ref.rows()) {
            String node = row.text("node");
            int i = network.indexOf(node);
            assertThat(i).as("node %s", node).isGreaterThanOrEqualTo(0);
            seen.merge(node, 1, Integer::sum);
            worst = Math.max(worst, check(row.number("members_week0"), result.cartelMembers(0, i), node + "@0", 0));
            worst = Math.max(worst, check(row.number("members_week520"), result.cartelMembers(520, i), node + "@520", 520));
        }
        assertThat(seen).hasSize(150);
        System.out.printf("reference cartels: worst relative deviation %.3e%n", worst);
    }

    private static double check(double expected, double actual, String what, int week) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        assertThat(rel).as("%s at week %d: ours %.6f, reference %.6f", what, week, actual, expected).isLessThanOrEqualTo(TOLERANCE);
        return rel;
    }
}
