package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.RiskRating;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code coa list}: one line per course of action with its levers, assumption count and highest risk. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the courses of action.",
                "Columns: id, title, levers (central effect), number of values resting on an assumption or judgment,",
                "risk levels tied to a sourced level-relevant fact (of all rated), highest risk.",
                "Strategic analysis from public data: not legal advice, not operational."})
public final class CoaListCommand implements Runnable {
    @Mixin
    CatalogOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Catalog catalog = options.load();
        PrintWriter out = spec.commandLine().getOut();
        if (options.asJson()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CourseOfAction c : catalog.all()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", c.id());
                row.put("title", c.title());
                row.put("levers", CoaJson.levers(c));
                row.put("assumptions", Catalog.assumptionCount(c));
                row.put("max_risk", Catalog.maxRisk(c));
                row.put("risks_sourced", Catalog.sourcedRiskCount(c));
                row.put("risks_judgment", c.risks().size() - Catalog.sourcedRiskCount(c));
                row.put("origin", catalog.origin(c.id()));
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("notice", CoaNotice.TEXT);
            doc.put("overrides", catalog.overrides());
            doc.put("courses_of_action", rows);
            out.println(CoaJson.write(doc));
        } else {
            for (String o : catalog.overrides()) spec.commandLine().getErr().println("note: " + o);
            CoaText.wrap(out, CoaNotice.TEXT, "");
            out.println();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "TITLE", "LEVERS (central)", "ASSUMPTIONS", "RISKS SOURCED", "MAX RISK"});
            for (CourseOfAction c : catalog.all()) {
                int max = Catalog.maxRisk(c);
                rows.add(new String[] {c.id(), CoaText.shorten(c.title(), 52), leverSummary(c),
                        Integer.toString(Catalog.assumptionCount(c)), Catalog.sourcedRiskCount(c) + "/" + c.risks().size(), max + " " + RiskRating.LABELS[max]});
            }
            CoaText.table(out, rows);
            out.println();
            out.println("Details: cartel-lab coa show ID");
        }
        out.flush();
    }

    static String leverSummary(CourseOfAction c) {
        if (c.levers().isEmpty()) return "(none: baseline)";
        List<String> parts = new ArrayList<>();
        for (LeverEffect e : c.levers()) parts.add(e.lever().id() + " " + CoaText.effect(e.lever(), e.effect().central()));
        return String.join(", ", parts);
    }
}
